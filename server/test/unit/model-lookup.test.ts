import { describe, expect, test } from 'vitest';
import DataLoader from 'dataloader';
import { modelLookup } from '../../src/graphql/loaders/batch.js';

/** A store lookup that records the batches it is asked for. */
function storeLookup() {
  const batches: string[][] = [];
  const loader = new DataLoader<string, string | null>(async (keys) => {
    batches.push([...keys]);
    return keys.map((k) => `store:${k}`);
  });
  return { loader, batches };
}

/** The model holds keys starting with "m" (null for "m-none"); it cannot answer the others. */
const fromModel = (key: string) => (key === 'm-none' ? null : key.startsWith('m') ? `model:${key}` : undefined);

describe('modelLookup', () => {
  test('when the model holds a key then it is answered at once, without a promise or the store', () => {
    const store = storeLookup();
    const lookup = modelLookup<string, string | null>(fromModel, () => store.loader);
    expect(lookup.load('m1')).toBe('model:m1');
    expect(lookup.load('m-none')).toBeNull();
    expect(store.batches).toEqual([]);
  });

  test('when some keys of a batch are beyond the model then only those go to the store, in one batch, and the answers keep key order', async () => {
    const store = storeLookup();
    const lookup = modelLookup<string, string | null>(fromModel, () => store.loader);
    expect(await lookup.loadMany(['m1', 's1', 'm-none', 's2', 'm2'])).toEqual(['model:m1', 'store:s1', null, 'store:s2', 'model:m2']);
    expect(await lookup.load('s3')).toBe('store:s3');
    expect(store.batches).toEqual([['s1', 's2'], ['s3']]);
  });

  test('when a value is primed then it seeds the store lookup only for a key the model does not answer', async () => {
    const store = storeLookup();
    const lookup = modelLookup<string, string | null>(fromModel, () => store.loader);
    lookup.prime('m1', 'primed');
    lookup.prime('s1', 'primed');
    expect([lookup.load('m1'), await lookup.load('s1')]).toEqual(['model:m1', 'primed']);
    expect(store.batches).toEqual([]);
  });
});
