// @vitest-environment node
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMITTED_SCREENSHOTS, REPO, screenshotDir } from '../e2e/support/paths';

const ignoredByGit = (dir: string) =>
  spawnSync('git', ['check-ignore', '-q', path.join(dir, '03-customer.png')], { cwd: REPO }).status === 0;

describe('where the end-to-end test writes its screenshots', () => {
  it('when tests run without UPDATE_SCREENSHOTS then the screenshots go to a directory git ignores, so the tree stays clean', () => {
    const dir = screenshotDir({});
    expect(dir).not.toBe(COMMITTED_SCREENSHOTS);
    expect(ignoredByGit(dir)).toBe(true);
  });

  it('when UPDATE_SCREENSHOTS=1 then the committed screenshots are refreshed', () => {
    expect(screenshotDir({ UPDATE_SCREENSHOTS: '1' })).toBe(COMMITTED_SCREENSHOTS);
    expect(ignoredByGit(COMMITTED_SCREENSHOTS)).toBe(false);
  });
});
