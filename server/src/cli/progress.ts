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
