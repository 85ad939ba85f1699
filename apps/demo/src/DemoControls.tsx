import { useId } from 'react';
import { scenarios, type ScenarioKey } from './scenarios.ts';
import { identities, tenantOf, tenants, type DemoSession, type IdentityKey } from './session.ts';
import type { Theme } from './useTheme.ts';

export interface DemoControlsProps {
  session: DemoSession;
  onSessionChange: (session: DemoSession) => void;
  theme: Theme;
  onThemeChange: (theme: Theme) => void;
}

/**
 * The demo's switches, in the portal's top bar: who is signed in (and, for the environment token, which tenant it
 * acts on), how the mock API behaves, and the colour scheme. Native selects: keyboard and screen-reader friendly.
 */
export function DemoControls({ session, onSessionChange, theme, onThemeChange }: DemoControlsProps) {
  const ids = { identity: useId(), tenant: useId(), scenario: useId(), theme: useId() };
  const environment = session.identity === 'environment';
  return (
    <header className="topbar" aria-label="Demo controls">
      <div className="field">
        <label htmlFor={ids.identity}>Signed in as</label>
        <select
          id={ids.identity}
          value={session.identity}
          onChange={(event) => {
            const identity = event.target.value as IdentityKey;
            onSessionChange({ ...session, identity, tenantId: tenantOf(identity, session.tenantId) });
          }}
        >
          {identities.map((identity) => (
            <option key={identity.id} value={identity.id}>
              {identity.label}
            </option>
          ))}
        </select>
      </div>
      {environment && (
        <div className="field">
          <label htmlFor={ids.tenant}>Tenant</label>
          <select
            id={ids.tenant}
            value={session.tenantId}
            onChange={(event) => onSessionChange({ ...session, tenantId: event.target.value })}
          >
            {tenants.map((tenant) => (
              <option key={tenant.tenantId} value={tenant.tenantId}>
                {tenant.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.scenario}>Mock API scenario</label>
        <select
          id={ids.scenario}
          value={session.scenario}
          onChange={(event) => onSessionChange({ ...session, scenario: event.target.value as ScenarioKey })}
        >
          {(Object.keys(scenarios) as ScenarioKey[]).map((key) => (
            <option key={key} value={key}>
              {scenarios[key].label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.theme}>Theme</label>
        <select id={ids.theme} value={theme} onChange={(event) => onThemeChange(event.target.value as Theme)}>
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </div>
      <p className="topbar-note">Demo data from an in-browser mock of the Frontegg audits API.</p>
    </header>
  );
}
