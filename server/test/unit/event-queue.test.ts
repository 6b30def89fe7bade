import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventRow } from '@basketgraph/analysis';
import { EventWriteQueue } from '../../src/experiments/event-queue.js';

const row = (i: number): EventRow => [`c${i}`, 'x', 'exposure', 'A', '2026-01-01T00:00:00', ['p']];

describe('the experiment event write queue', () => {
  afterEach(() => void vi.useRealTimers());

  it('when many requests push events within the delay then they are written in one batch, and each push resolves after it', async () => {
    vi.useFakeTimers();
    const writes: number[] = [];
    const q = new EventWriteQueue(async (rows) => void writes.push(rows.length), { maxDelayMs: 50, maxBatch: 1000 });
    const pushed = Promise.all(Array.from({ length: 30 }, (_, i) => q.push([row(i), row(i + 100)])));
    await vi.advanceTimersByTimeAsync(49);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await pushed;
    expect(writes).toEqual([60]);
    expect(q.stats).toEqual({ batches: 1, events: 60 });
  });

  it('when a batch fills up then it is written at once, and what arrives during a write goes together in the next one (one write at a time)', async () => {
    let running = 0;
    let most = 0;
    const writes: number[] = [];
    let finishWrites!: () => void;
    const writesMayFinish = new Promise<void>((r) => (finishWrites = r));
    const q = new EventWriteQueue(
      async (rows) => {
        most = Math.max(most, ++running);
        await writesMayFinish;
        writes.push(rows.length);
        running--;
      },
      { maxDelayMs: 60_000, maxBatch: 10 },
    );
    const pushed = Promise.all(Array.from({ length: 5 }, (_, i) => q.push(Array.from({ length: 10 }, (_, j) => row(10 * i + j)))));
    expect(running).toBe(1); // the first full batch is being written; the other 40 events wait for it
    finishWrites();
    await pushed;
    expect(writes).toEqual([10, 40]);
    expect(most).toBe(1);
    expect(q.stats).toEqual({ batches: 2, events: 50 });
  });

  it('when flushed then everything queued is written before it resolves', async () => {
    const writes: number[] = [];
    const q = new EventWriteQueue(async (rows) => void writes.push(rows.length), { maxDelayMs: 60_000 });
    void q.push([row(1), row(2)]);
    await q.flush();
    expect(writes).toEqual([2]);
  });

  it('when a write fails then the pushes of that batch are rejected with its error and the next batch still goes', async () => {
    let fail = true;
    const q = new EventWriteQueue(
      async () => {
        if (fail) throw new Error('disk full');
      },
      { maxDelayMs: 1 },
    );
    await expect(q.push([row(1)])).rejects.toThrow('disk full');
    fail = false;
    await expect(q.push([row(2)])).resolves.toBeUndefined();
  });
});
