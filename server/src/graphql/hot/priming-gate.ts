/**
 * The request gate, with a step run at the end of every exclusive hold while
 * it is still held (after the holder's work, whether it succeeded or not, and
 * before the `onExclusiveEnd` listeners and the waiting readers): the server
 * reloads its primed read model there, so readers let back in see a snapshot
 * of exactly what the store now holds.
 */
import { ReadWriteGate } from '../../gate/rw-gate.js';

export class PrimingGate extends ReadWriteGate {
  /** `beforeReaders` must not throw (a failure would surface as the holder's error). */
  constructor(private readonly beforeReaders: () => Promise<void>) {
    super();
  }

  override exclusive<T>(work: () => Promise<T>): Promise<T> {
    return super.exclusive(async () => {
      try {
        return await work();
      } finally {
        await this.beforeReaders();
      }
    });
  }
}
