import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Projects whose files each drive a whole Chromium from Node for minutes (the built Storybook's docs pages, the
 * built demo end to end), in the order they should start.
 */
const slowProjects = ['storybook-docs', 'e2e'];

/**
 * Vitest's order, except that the slow projects' files start first. Vitest runs projects in the order of their
 * names, so a long file started late runs on alone while the rest of the pool has finished, and sets the end of
 * the run. Started first, the end-to-end files overlap the many short files instead (longest first is how a short
 * finish is scheduled on few workers). `npm test` runs the Storybook docs project in a step of its own after this
 * run (scripts/test.mjs); it ranks first here for a plain `vitest run` that includes it.
 */
export class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const index = slowProjects.indexOf(spec.project.name);
      return index === -1 ? slowProjects.length : index;
    };
    // Array#sort is stable: within a rank, Vitest's own order stays.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
