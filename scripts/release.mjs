// `npm run release`: build the three packages and publish them with changesets, but only once their manifests
// name the public repository. Until the project has one, the manifests carry no `repository`, `homepage` or
// `bugs` (a made-up URL would send npm users to a page that is not ours), and this refuses to publish.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedPackages } from './lib/packPackages.mjs';
import { fail, pnpm, root } from './lib/toolchain.mjs';

const unnamed = publishedPackages.filter(
  (name) => !JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')).repository,
);
if (unnamed.length > 0) {
  fail(
    `Not publishing: ${unnamed.map((name) => `packages/${name}`).join(', ')} name no repository. Add ` +
      '`repository` (with `directory`), `homepage` and `bugs` for the public repository first (.changeset/README.md).',
  );
}
// `changeset publish` publishes whatever version the manifests hold: with notes still pending (no `changeset
// version` run), the same version again with no changelog, or a refusal from npm halfway through the packages.
// In pre mode (`.changeset/pre.json`) the notes stay after `changeset version`: no refusal then.
const pending = existsSync(join(root, '.changeset', 'pre.json'))
  ? []
  : readdirSync(join(root, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md');
if (pending.length > 0) {
  fail(
    `Not publishing: ${pending.length} changeset(s) in .changeset are not applied yet. Run \`pnpm exec changeset ` +
      'version`, review and commit the versions and changelogs, then release.',
  );
}
if (pnpm(['-r', '--filter', './packages/*', 'build']) !== 0) fail('The build failed.');
process.exit(pnpm(['exec', 'changeset', 'publish']));
