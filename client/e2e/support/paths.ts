/** Where things are, from client/e2e/support. */
import { fileURLToPath } from 'node:url';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export const REPO = at('../../../');
export const CLIENT = at('../../');
export const DIST = at('../../dist');
/** The screenshots committed for the READMEs. */
export const COMMITTED_SCREENSHOTS = at('../screenshots');
/** Where a test run writes them unless asked to refresh the committed ones (git-ignored: the tree stays clean). */
export const LATEST_SCREENSHOTS = at('../screenshots-latest');

/** `UPDATE_SCREENSHOTS=1 npm test …` refreshes the committed screenshots; any other run writes the latest ones aside. */
export function screenshotDir(env: Record<string, string | undefined> = process.env): string {
  return env.UPDATE_SCREENSHOTS === '1' ? COMMITTED_SCREENSHOTS : LATEST_SCREENSHOTS;
}

export const SCREENSHOTS = screenshotDir();
export const FIXTURE_CSV = at('../../../seed/test/fixtures/online-retail-5k.csv');
export const CHROMIUM = '/usr/bin/chromium';
