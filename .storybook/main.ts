import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';
import { workspaceAliases } from '../test/support/aliases.ts';
import { sharedOptimizeDeps, workerPublicDir } from '../test/support/vite.ts';

// Stories sit beside the components they show; the mock API's service worker is served from the demo's public
// folder (msw's postinstall writes it there), so Storybook, its Vitest project and the demo share one worker script.
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  // Guides (MDX and the stories they show) first, then every component's stories beside its code.
  stories: [
    '../docs/storybook/*.mdx',
    '../docs/storybook/*.stories.@(ts|tsx)',
    '../packages/components/src/**/*.stories.@(ts|tsx)',
  ],
  addons: [
    // GitHub-flavoured Markdown (tables) in the MDX guides, as Storybook's docs recommend.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  staticDirs: [workerPublicDir],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // react-docgen reads each component's props interface and TSDoc from its own file; the tables in autodocs.
  typescript: { reactDocgen: 'react-docgen' },
  viteFinal(viteConfig) {
    const existing = viteConfig.resolve?.alias;
    const aliases = Array.isArray(existing)
      ? existing
      : Object.entries(existing ?? {}).map(([find, replacement]) => ({
          find,
          replacement: String(replacement),
        }));
    viteConfig.resolve = { ...viteConfig.resolve, alias: [...workspaceAliases, ...aliases] };
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), ...sharedOptimizeDeps],
    };
    return viteConfig;
  },
};

export default config;
