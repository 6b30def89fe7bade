/**
 * `basketgraph serve` in a child process on a free port, for tests that need
 * the real command (CLI through the server, the explorer end to end). It is
 * ready when it says so: the command writes "basketgraph serving …" on stderr
 * once it listens, so nothing polls or sleeps.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/basketgraph.js', import.meta.url));
const READY = 'basketgraph serving ';

export interface ServeChild {
  url: string;
  /** Everything it wrote on stdout and stderr. */
  log: () => string;
  /** null while it runs; the exit code or signal once it has stopped. */
  exited: () => string | null;
  stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts `serve` with `env` (PORT and HOST are set here unless given); resolves once it serves, rejects if it exits or takes longer than `timeoutMs`. */
export async function serveChild(env: NodeJS.ProcessEnv, timeoutMs = 90_000): Promise<ServeChild> {
  const port = env.PORT ?? String(await freePort());
  const child = spawn(process.execPath, [BIN, 'serve'], {
    cwd: REPO,
    env: { HOST: '127.0.0.1', ...env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const describeExit = () =>
    child.exitCode !== null ? `exit code ${child.exitCode}` : child.signalCode ? `signal ${child.signalCode}` : null;
  const stop = async () => {
    if (describeExit() !== null) return;
    child.kill('SIGTERM');
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(kill);
  };

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within ${timeoutMs / 1000} s:\n${output}`));
    }, timeoutMs);
    const done = (error?: Error) => {
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => {
      output += d;
      if (output.includes(READY)) done();
    });
    void exited.then(() => done(new Error(`the server exited while starting (${describeExit()}):\n${output}`)));
  });
  return { url: `http://${env.HOST ?? '127.0.0.1'}:${port}`, log: () => output, exited: describeExit, stop };
}
