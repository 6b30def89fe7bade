import { describe, expect, test } from 'vitest';
import { SERVER_V8_FLAGS, serverRelaunch } from '../../src/cli/server-v8-flags.js';

const BIN = '/repo/server/bin/basketgraph.js';

describe('the server process V8 flags', () => {
  test('when `serve` or `start` runs without them then it relaunches with them first, keeping its node arguments and command line', () => {
    expect(serverRelaunch(['node', BIN, 'serve', '--port', '4001'], ['--enable-source-maps'], undefined)).toEqual([
      ...SERVER_V8_FLAGS,
      '--enable-source-maps',
      BIN,
      'serve',
      '--port',
      '4001',
    ]);
    expect(serverRelaunch(['node', BIN, 'start'], [], '')).toEqual([...SERVER_V8_FLAGS, BIN, 'start']);
  });

  test('when the flags are already given (on the command line or in NODE_OPTIONS, any value) then it does not relaunch', () => {
    expect(serverRelaunch(['node', BIN, 'serve'], [...SERVER_V8_FLAGS], undefined)).toBeNull();
    expect(serverRelaunch(['node', BIN, 'serve'], [], '--max-old-space-size=4096 --max_semi_space_size=32')).toBeNull();
  });

  test('when the command does not serve then it keeps V8 defaults', () => {
    for (const command of ['import', 'analyze', 'evaluate', 'stats'])
      expect(serverRelaunch(['node', BIN, command, 'x'], [], undefined)).toBeNull();
    expect(serverRelaunch(['node', BIN], [], undefined)).toBeNull();
  });

  test('when only some flags are given then only the missing ones are added', () => {
    expect(serverRelaunch(['node', BIN, 'serve'], ['--a=1'], undefined, ['--a=2', '--b=3'])).toEqual(['--b=3', '--a=1', BIN, 'serve']);
  });
});
