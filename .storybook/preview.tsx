import '@auditkit/components/styles.css';
import { AuditRoot, AuditStateProvider, AuditUiProvider } from '@auditkit/components';
import { AuditProvider, createAuditClient } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { configure } from 'storybook/test';
import { waitLimitMs } from '../test/support/waitLimit.ts';
import { describeComponent, withPropTags } from './describeComponent.ts';
import { prepareMock, type AuditkitStoryParameters } from './storyMock.ts';
import { unstyledParts } from './unstyledParts.ts';

// A play function's `findBy*` and `waitFor` wait as long as the test projects' polls do (see waitLimit.ts), in
// the Vitest run and in Storybook alike; they still return as soon as what they wait for is there.
configure({ asyncUtilTimeout: waitLimitMs });

type Theme = 'light' | 'dark';

const canvas: Record<Theme, string> = { light: '#ffffff', dark: '#0f1117' };

/** A client signed in as the story's identity, and a fresh cache: made once per mounted story, not per render. */
function StoryProviders({
  parameters,
  children,
}: {
  parameters: AuditkitStoryParameters;
  children: ReactNode;
}) {
  const [client] = useState(() => {
    const identity = demoIdentities[parameters.identity ?? 'tenantAAdmin'];
    const token = demoToken(identity);
    return createAuditClient({
      baseUrl: '/frontegg',
      getToken: () => token,
      ...(identity.kind === 'environment' && { tenantId: parameters.tenantId ?? 'tenant-acme' }),
    });
  });
  // Retry off, so an error story shows its error at once.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
  );
  return (
    <AuditProvider client={client} queryClient={queryClient} retryPolicy={false}>
      {children}
    </AuditProvider>
  );
}

/** Every story: the mock's client and cache, the toolbar's theme, and (for parts) the styling root. */
const withAudit: Decorator = (Story, context) => {
  const parameters = (context.parameters.auditkit ?? {}) as AuditkitStoryParameters;
  // A story's `paging` (the table's) is the provider's too, as a host sets it: the parts read one list.
  const paging: unknown = context.args['paging'];
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  document.documentElement.style.colorScheme = theme;
  document.body.style.background = canvas[theme];
  return (
    <StoryProviders key={context.id} parameters={parameters}>
      {parameters.root === false ? (
        <Story />
      ) : (
        // Parts share one query and column state, as inside <AuditLog>; column choices are not persisted.
        <AuditUiProvider defaultTimeZone="UTC" locale="en-US">
          <AuditStateProvider
            storage={null}
            paging={paging === 'infinite' || paging === 'pages' ? paging : undefined}
          >
            <AuditRoot theme={theme}>
              <Story />
            </AuditRoot>
          </AuditStateProvider>
        </AuditUiProvider>
      )}
    </StoryProviders>
  );
};

const preview = {
  tags: ['autodocs'],
  decorators: [withAudit],
  // A prop's `@example` and `@default` in the props table (Storybook's JSDoc reading drops them).
  argTypesEnhancers: [withPropTags],
  // The mock is reset and given the story's overrides before it renders, so no story sees another's state.
  loaders: [async (context) => ({ mockApi: await prepareMock(context.parameters.auditkit) })],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the audit log',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light' },
  // Every part the story shows carries the class styles.css selects it by (unstyledParts.ts).
  afterEach: ({ canvasElement }) => {
    const missing = unstyledParts(canvasElement);
    if (missing.length > 0) throw new Error(`Parts without their class: ${missing.join(', ')}`);
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, matchers: { date: /(At|Date)$/ } },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Guides',
          ['Theming', 'Headless recipe', 'Mock API for your tests', 'API endpoints'],
          'AuditLog',
          'Parts',
        ],
      },
    },
    // Accessibility violations fail the story's test, in Storybook's test panel and in `npm test`.
    a11y: { test: 'error' },
    docs: {
      // Each preview on a docs page is its own frame with its own mock worker client, loaders and handlers, so
      // Loading, Empty, Error and No Permission show their own state there, not the last story's overrides.
      story: { inline: false, iframeHeight: 420 },
      extractComponentDescription: describeComponent,
    },
  },
} satisfies Preview;

export default preview;
