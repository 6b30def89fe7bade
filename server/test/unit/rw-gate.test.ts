import { describe, expect, test } from 'vitest';
import { ReadWriteGate } from '../../src/gate/rw-gate.js';

/** Lets every pending promise reaction run (the gate does no I/O): after it, whatever could go ahead has. */
const drained = () => new Promise((r) => setImmediate(r));

describe('the readers–writer gate', () => {
  test('when readers hold the gate then an exclusive holder waits until the last one leaves', async () => {
    const gate = new ReadWriteGate();
    const events: string[] = [];
    const r1 = await gate.acquireShared();
    const r2 = await gate.acquireShared();
    const w = gate.exclusive(async () => {
      events.push('publish');
    });
    await drained();
    events.push('readers still in');
    r1();
    await drained();
    events.push('one left');
    r2();
    await w;
    expect(events).toEqual(['readers still in', 'one left', 'publish']);
    expect(gate.state).toEqual({ readers: 0, writer: false, waitingWriters: 0, waitingReaders: 0 });
  });

  test('when an exclusive holder waits then new readers queue behind it (no starvation)', async () => {
    const gate = new ReadWriteGate();
    const events: string[] = [];
    const r1 = await gate.acquireShared();
    const w = gate.exclusive(async () => {
      events.push('publish');
      await drained();
      events.push('published');
    });
    const late = gate.acquireShared().then((release) => {
      events.push('late reader in');
      release();
    });
    await drained();
    expect(gate.state).toEqual({ readers: 1, writer: false, waitingWriters: 1, waitingReaders: 1 });
    r1();
    await Promise.all([w, late]);
    expect(events).toEqual(['publish', 'published', 'late reader in']);
  });

  test('when the exclusive work fails then the gate is released and the error passes through', async () => {
    const gate = new ReadWriteGate();
    await expect(
      gate.exclusive(async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const release = await gate.acquireShared();
    release();
    release();
    expect(gate.state).toEqual({ readers: 0, writer: false, waitingWriters: 0, waitingReaders: 0 });
  });
});
