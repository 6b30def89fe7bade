#!/usr/bin/env node
// The basketgraph command. Runs the TypeScript sources through tsx.
import { spawn } from 'node:child_process';
import { register } from 'tsx/esm/api';

register();
// `serve` and `start` run with the server's V8 flags (src/cli/server-v8-flags.ts): V8 reads them only at process
// start, so this process relaunches itself with them, forwards signals and exits as the relaunched one does.
const { serverRelaunch } = await import('../src/cli/server-v8-flags.ts');
const relaunch = serverRelaunch(process.argv, process.execArgv, process.env.NODE_OPTIONS);
if (relaunch) {
  const child = spawn(process.execPath, relaunch, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.once('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
} else {
  await import('../src/cli/main.ts');
}
