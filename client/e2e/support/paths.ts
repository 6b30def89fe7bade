/** Where things are, from client/e2e/support. */
import { fileURLToPath } from 'node:url';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export const REPO = at('../../../');
export const CLIENT = at('../../');
export const DIST = at('../../dist');
export const SCREENSHOTS = at('../screenshots');
export const FIXTURE_CSV = at('../../../seed/test/fixtures/online-retail-5k.csv');
export const CHROMIUM = '/usr/bin/chromium';
