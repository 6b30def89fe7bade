/**
 * A readers–writer gate. GraphQL requests hold it shared for their whole
 * execution; the analysis job's publish step (and imports) hold it
 * exclusively, so no response mixes data from before and after a change.
 * Writer-preferring: once an exclusive holder waits, new readers queue
 * behind it, so a steady stream of requests cannot starve a publish.
 */
export class ReadWriteGate {
  private readers = 0;
  private writer = false;
  private readonly waitingWriters: (() => void)[] = [];
  private waitingReaders: (() => void)[] = [];
  private readonly afterExclusive: (() => void)[] = [];

  /** Calls `listener` at the end of every exclusive hold, before readers come back in (e.g. to drop caches). */
  onExclusiveEnd(listener: () => void): void {
    this.afterExclusive.push(listener);
  }

  /** Takes a shared hold; call the returned function exactly once to give it back. */
  async acquireShared(): Promise<() => void> {
    if (this.writer || this.waitingWriters.length > 0) {
      await new Promise<void>((resolve) => this.waitingReaders.push(resolve));
    } else {
      this.readers++;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.readers--;
      this.next();
    };
  }

  /** Runs `work` while no shared holder is inside. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.writer || this.readers > 0 || this.waitingWriters.length > 0) {
      await new Promise<void>((resolve) => this.waitingWriters.push(resolve));
    } else {
      this.writer = true;
    }
    try {
      return await work();
    } finally {
      for (const listener of this.afterExclusive) listener();
      this.writer = false;
      this.next();
    }
  }

  /** Hands the gate on: to one waiting writer once the readers have left, else to every waiting reader. */
  private next(): void {
    if (this.writer) return;
    if (this.waitingWriters.length > 0) {
      if (this.readers > 0) return;
      this.writer = true;
      this.waitingWriters.shift()!();
      return;
    }
    const readers = this.waitingReaders;
    this.waitingReaders = [];
    this.readers += readers.length;
    for (const resolve of readers) resolve();
  }

  get state(): { readers: number; writer: boolean; waitingWriters: number; waitingReaders: number } {
    return {
      readers: this.readers,
      writer: this.writer,
      waitingWriters: this.waitingWriters.length,
      waitingReaders: this.waitingReaders.length,
    };
  }
}
