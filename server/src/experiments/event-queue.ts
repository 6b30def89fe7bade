/**
 * The write queue of experiment events, with group commit: one bulk load at a
 * time (the embedded store takes one write transaction at a time, and a
 * transaction costs about the same for 10 rows as for 1,000), and everything
 * that arrived while it ran goes in the next one. A batch starts `maxDelayMs`
 * after its first event when the writer is idle, at once when it holds
 * `maxBatch` events; each caller's promise settles when the batch holding its
 * events is written (or fails with that batch's error).
 */
import type { EventRow } from '@basketgraph/analysis';

interface Waiting {
  rows: EventRow[];
  done: Array<{ resolve: () => void; reject: (e: Error) => void }>;
}

export class EventWriteQueue {
  private pending: Waiting = { rows: [], done: [] };
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  private idle: Array<() => void> = [];
  /** Batches written and events in them (for the bench and tests). */
  readonly stats = { batches: 0, events: 0 };

  constructor(
    private readonly write: (rows: EventRow[]) => Promise<void>,
    private readonly options: { maxBatch?: number; maxDelayMs?: number } = {},
  ) {}

  /** Queues checked rows; resolves once they are in the graph. */
  push(rows: EventRow[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.pending.rows.push(...rows);
      this.pending.done.push({ resolve, reject });
      if (this.busy) return; // goes with the next batch, when the running write ends
      if (this.pending.rows.length >= (this.options.maxBatch ?? 5000)) this.next();
      else this.timer ??= setTimeout(() => this.next(), this.options.maxDelayMs ?? 10);
    });
  }

  /** Resolves when everything queued so far is written. */
  async flush(): Promise<void> {
    if (!this.busy && this.pending.rows.length > 0) this.next();
    while (this.busy) await new Promise<void>((r) => this.idle.push(r));
  }

  private next(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    if (batch.rows.length === 0) {
      for (const r of this.idle.splice(0)) r();
      return;
    }
    this.pending = { rows: [], done: [] };
    this.busy = true;
    void this.write(batch.rows)
      .then(
        () => {
          this.stats.batches++;
          this.stats.events += batch.rows.length;
          for (const d of batch.done) d.resolve();
        },
        (e: unknown) => {
          for (const d of batch.done) d.reject(e instanceof Error ? e : new Error(String(e)));
        },
      )
      .finally(() => {
        this.busy = false;
        this.next();
      });
  }
}
