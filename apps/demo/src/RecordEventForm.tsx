import { useCreateAudit } from '@auditkit/headless';
import { useId, useState, type FormEvent } from 'react';
import type { SessionActor } from './session.ts';

const severities = ['Info', 'Medium', 'High', 'Critical', 'Error'] as const;
type Severity = (typeof severities)[number];

export interface RecordEventFormProps {
  /**
   * Who records the event: sent as its `user`, `email` and `userId`, so the log names that person. Without one
   * (the environment token) the event names no user and the log shows it as the system's.
   */
  actor?: SessionActor | undefined;
}

/**
 * "Record a custom event": what a product does when something worth auditing happens, here by hand. It POSTs to
 * `/audits` through the headless client; the hook refreshes the log, which shows the event where its filters and
 * sort place it (perhaps nowhere on screen), so the confirmation says only that it was recorded.
 */
export function RecordEventForm({ actor }: RecordEventFormProps) {
  const ids = { action: useId(), description: useId(), severity: useId(), resource: useId() };
  const create = useCreateAudit();
  const [recorded, setRecorded] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const action = String(data.get('action') ?? '').trim();
    const description = String(data.get('description') ?? '').trim();
    const resource = String(data.get('resource') ?? '').trim();
    const severity = String(data.get('severity')) as Severity;
    setRecorded(null);
    create.mutate(
      { ...actor, severity, action, description, ...(resource && { resource }) },
      {
        onSuccess: () => {
          setRecorded(action);
          form.reset();
        },
      },
    );
  };

  return (
    <details className="card record-event">
      <summary>Record a custom event</summary>
      <form className="form" onSubmit={submit} aria-label="Record a custom event">
        <div className="field">
          <label htmlFor={ids.action}>Action</label>
          <input id={ids.action} name="action" required maxLength={200} placeholder="Rotated API key" />
        </div>
        <div className="field">
          <label htmlFor={ids.description}>Description</label>
          <input id={ids.description} name="description" maxLength={1000} placeholder="Key ending 4f2a" />
        </div>
        <div className="field">
          <label htmlFor={ids.resource}>Resource</label>
          <input id={ids.resource} name="resource" maxLength={200} placeholder="api-keys" />
        </div>
        <div className="field">
          <label htmlFor={ids.severity}>Severity</label>
          <select id={ids.severity} name="severity" defaultValue="Info">
            {severities.map((severity) => (
              <option key={severity}>{severity}</option>
            ))}
          </select>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {create.isPending ? 'Recording…' : 'Record event'}
          </button>
        </div>
      </form>
      <p role="status" className="message-ok">
        {recorded !== null && `Recorded “${recorded}”.`}
      </p>
      {create.isError && (
        <p role="alert" className="message-error">
          Could not record the event: {create.error.messages.join(' ') || create.error.message}
        </p>
      )}
    </details>
  );
}
