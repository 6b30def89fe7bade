import { describe, expect, test } from 'vitest';
import type { GraphReader, GraphStore } from '@basketgraph/cypher';
import { RequestContext, type Services } from '../../src/graphql/context.js';

const reader: GraphReader = {
  query: async () => [],
  cypher: async () => ({ columns: [], rows: [], truncated: false }),
} as unknown as GraphReader;

describe('RequestContext', () => {
  test('when the read model is bound before the first read then the loaders are created with it, and binding again after a read is refused', () => {
    const ctx = new RequestContext({} as GraphStore, reader, 'off', {} as Services);
    ctx.useReadModel(null);
    expect(ctx.loaders.customers.customer).toBeDefined();
    expect(() => ctx.useReadModel(null)).toThrow(/before the request reads/);
  });
});
