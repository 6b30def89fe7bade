/**
 * The write queue of experiment events: events from many requests are
 * written together, one bulk load per batch, one batch at a time (the
 * embedded store takes one write transaction at a time). A batch goes when
 * it reaches `maxBatch` events or `maxDelayMs` after its first event; each
 * caller's promise settles when the batch holding its events is written.
 */
import type { EventRow } from '@basketgraph/analysis';

interface Waiting {
  rows: EventRow[];
  done: Array<{ resolve: () => void; reject: (e: Error) => void }>;
}

export class EventWriteQueue {
  private pending: Waiting = { rows: [], done: [] };
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
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
      if (this.pending.rows.length >= (this.options.maxBatch ?? 2000)) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.options.maxDelayMs ?? 20);
    });
  }

  /** Sends what is waiting now; resolves when everything queued so far is written. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = { rows: [], done: [] };
    if (batch.rows.length > 0) {
      this.writing = this.writing.then(async () => {
        try {
          await this.write(batch.rows);
          this.stats.batches++;
          this.stats.events += batch.rows.length;
          for (const d of batch.done) d.resolve();
        } catch (e) {
          for (const d of batch.done) d.reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    }
    return this.writing;
  }
}
