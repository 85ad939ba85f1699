// CommonJS and TypeScript consumers: the same source type-checks under every moduleResolution (bundler, node16,
// nodenext, and node10, the default of TypeScript 5's `module: commonjs`, through typesVersions), the node16 build runs with plain `node` (real `require`
// of the CommonJS builds), and Jest 30 in its default CommonJS mode loads all three packages with no transform of
// ours; msw's three ES-module-only dependencies go through the README's babel-jest recipe.
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { prepareApp, run } from './support/apps.ts';

describe('CommonJS and TypeScript consumers', () => {
  let dir = '';
  beforeAll(() => {
    dir = prepareApp({
      name: 'cjs',
      from: ['cjs'],
      tarballs: inject('tarballs'),
      packageJson: {
        dependencies: {
          '@auditkit/components': '',
          '@auditkit/headless': '',
          '@auditkit/mock-api': '',
          '@tanstack/react-query': '5.108.0',
          msw: '2.15.0',
          react: '19.3.1',
          'react-dom': '19.3.1',
        },
        devDependencies: {
          typescript: '6.0.3',
          jest: '30',
          // The README's Jest recipe for msw's ES-module-only dependencies.
          '@babel/plugin-transform-modules-commonjs': '^7.29.0',
          '@types/node': '^20.19.0',
          '@types/react': '^19.3.0',
          '@types/react-dom': '^19.3.0',
        },
      },
    });
  });

  it.each(['bundler', 'node16', 'nodenext', 'node10'])(
    'type-checks with moduleResolution %s',
    (resolution) => {
      run(join(dir, 'node_modules/.bin/tsc'), ['-p', `tsconfig.${resolution}.json`], { cwd: dir });
    },
  );

  it('runs the node16 CommonJS build with node: require() of every package, a list and a server render', () => {
    const output = run(process.execPath, ['out/node16/consumer.js'], { cwd: dir });
    const result = JSON.parse(output.trim().split('\n').at(-1)!);
    expect(result).toMatchObject({ search: 'login', rows: 5, total: 50 });
    // createAuditListClient from the packed tarball: the same page, and a column filter planned to the legacy list.
    expect(result).toMatchObject({ listOnly: true, listOnlyFiltered: true });
    // @auditkit/components/messages/de required on its own, rendered through <AuditLog translation>.
    expect(result).toMatchObject({ german: true, plural: ['1 Ereignis', '5 Ereignisse'] });
    expect(result.html).toBeGreaterThan(1000);
  });

  it('passes Jest 30 tests in CommonJS mode, @auditkit/mock-api and msw included (the README recipe)', () => {
    const output = run(join(dir, 'node_modules/.bin/jest'), ['--ci'], { cwd: dir });
    expect(output).toMatch(/Tests:\s+4 passed, 4 total/);
  });
});
