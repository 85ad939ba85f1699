// Setup file of the headless project. `waitFor` and `findBy*` give up after 1 s by default; the first request of
// a test file is cold (Web Crypto key import and signing, MSW's first interception, the dataset's first match),
// and on CI's 2 shared cores that alone has taken more than a second. The limit is the one every project's waits
// share (test/support/waitLimit.ts, as this project's config already takes its aliases from test/support).
//
// Every render is unmounted after its test: Testing Library does that by itself only where `afterEach` is a
// global, and Vitest's is not. A hook left mounted kept its queries' observers, so an answer arriving after the
// file's jsdom was torn down made React schedule an update there ("window is not defined", an unhandled error that
// failed a CI run although every test passed).
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { waitLimitMs } from '../../../../test/support/waitLimit.ts';

configure({ asyncUtilTimeout: waitLimitMs });
afterEach(() => cleanup());
