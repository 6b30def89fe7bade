/** The store for admin work inside a request: every write transaction runs while no request is reading. */
import type { GraphStore } from '@basketgraph/cypher';
import type { ReadWriteGate } from '../gate/rw-gate.js';

export function gatedStore(store: GraphStore, gate: ReadWriteGate): GraphStore {
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'write') return (work: Parameters<GraphStore['write']>[0]) => gate.exclusive(() => target.write(work));
      if (prop === 'writeInBatches') {
        return (...args: Parameters<GraphStore['writeInBatches']>) => gate.exclusive(() => target.writeInBatches(...args));
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
