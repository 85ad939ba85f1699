// Setup file of the headless project. `waitFor` and `findBy*` give up after 1 s by default; the first request of
// a test file is cold (Web Crypto key import and signing, MSW's first interception, the dataset's first match),
// and on CI's 2 shared cores that alone has taken more than a second. They still return as soon as the condition
// holds, so a generous limit costs nothing on a quiet machine.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 10_000 });
