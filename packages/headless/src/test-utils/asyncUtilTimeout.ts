// Setup file of the headless project. `waitFor` and `findBy*` give up after 1 s by default; the first request of
// a test file is cold (Web Crypto key import and signing, MSW's first interception, the dataset's first match),
// and on CI's 2 shared cores that alone has taken more than a second. The limit is the one every project's waits
// share (test/support/waitLimit.ts, as this project's config already takes its aliases from test/support).
import { configure } from '@testing-library/react';
import { waitLimitMs } from '../../../../test/support/waitLimit.ts';

configure({ asyncUtilTimeout: waitLimitMs });
