/**
 * Progress for long work: a bar on a terminal, plain lines otherwise (logs, CI).
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** Fraction done in [0, 1], with a short label. */
  update(fraction: number, label?: string): void;
  /** A stage message (printed as a line). */
  stage(message: string): void;
  stop(): void;
}

export function createProgress(title: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${title} [{bar}] {percentage}% {label}`, stream, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(fraction, label = '') {
        if (!started) {
          bar.start(100, 0, { label });
          started = true;
        }
        bar.update(Math.round(fraction * 100), { label });
      },
      stage(message) {
        if (started) bar.update({ label: message });
        else stream.write(`${title}: ${message}\n`);
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let lastTenth = -1;
  return {
    update(fraction, label = '') {
      const tenth = Math.floor(fraction * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        stream.write(`${title}: ${tenth * 10}%${label ? ` ${label}` : ''}\n`);
      }
    },
    stage(message) {
      stream.write(`${title}: ${message}\n`);
    },
    stop() {},
  };
}

/** Progress of jobs running at the same time: one bar per job on a terminal, plain lines prefixed by the job's title otherwise. */
export interface ProgressGroup {
  progress(title: string): Progress;
  stop(): void;
}

export function createProgressGroup(stream: NodeJS.WriteStream = process.stderr): ProgressGroup {
  if (!stream.isTTY) return { progress: (title) => createProgress(title, stream), stop() {} };
  const multi = new cliProgress.MultiBar(
    { format: '{title} [{bar}] {percentage}% {label}', stream, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  return {
    progress(title) {
      let bar: cliProgress.SingleBar | null = null;
      return {
        update(fraction, label = '') {
          bar ??= multi.create(100, 0, { title, label });
          bar.update(Math.round(fraction * 100), { title, label });
        },
        stage(message) {
          if (bar) bar.update({ title, label: message });
          else multi.log(`${title}: ${message}\n`);
        },
        stop() {},
      };
    },
    stop: () => multi.stop(),
  };
}
