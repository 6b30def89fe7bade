import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { TABLES, toPlain } from '@basketgraph/cypher';
import { bulkPlan, shapeBulkRow, shapeParams } from '@basketgraph/cypher/neo4j';

describe('Neo4j parameter shaping (no server needed)', () => {
  it('when a parameter is a whole number then it is sent as a Neo4j Integer, fractions stay floats', () => {
    const shaped = shapeParams({ limit: 10, minLift: 2.5, ids: ['a'], nested: { first: 3, score: 0.5 } });
    expect(neo4j.isInt(shaped.limit)).toBe(true);
    expect((shaped.limit as ReturnType<typeof neo4j.int>).toNumber()).toBe(10);
    expect(shaped.minLift).toBe(2.5);
    expect(shaped.ids).toEqual(['a']);
    const nested = shaped.nested as Record<string, unknown>;
    expect(neo4j.isInt(nested.first)).toBe(true);
    expect(nested.score).toBe(0.5);
  });

  it('when a bulk row is shaped then INT64 columns become Integers and empty values null', () => {
    const row = shapeBulkRow(TABLES.Order.columns, ['536365', 'purchase', '2010-12-01', '2010-12-01T08:26:00', 139.12, 40, 7]);
    expect(row.id).toBe('536365');
    expect(row.total).toBe(139.12);
    expect(neo4j.isInt(row.itemCount)).toBe(true);
    expect((row.itemCount as ReturnType<typeof neo4j.int>).toNumber()).toBe(40);
    expect(shapeBulkRow(TABLES.Product.columns, ['X', '', null, undefined, 'sku'])).toEqual({
      id: 'X',
      description: null,
      type: null,
      variant: null,
      sku: 'sku',
    });
  });

  it('when nodes are bulk-loaded then the statement merges on id; relationships look up both ends and report missing ones', () => {
    const nodes = bulkPlan('Customer');
    expect(nodes.statement).toBe('UNWIND $rows AS r\nMERGE (n:`Customer` {id: r.id})\nSET n += r');
    const rels = bulkPlan({ rel: 'CONTAINS', from: 'Order', to: 'Product' });
    expect(rels.statement).toContain('OPTIONAL MATCH (a:`Order` {id: r.from})\nOPTIONAL MATCH (b:`Product` {id: r.to})');
    expect(rels.statement).toMatch(/RETURN r\.row AS row, r\.from AS from, r\.to AS to, a IS NULL AS missingFrom$/);
    expect([...rels.batches([['o1', 'p1', 2, 1.5, 3]], 10)]).toEqual([
      { params: { rows: [{ row: 1, from: 'o1', to: 'p1', props: { quantity: neo4j.int(2), unitPrice: 1.5, lineTotal: 3 } }] }, rows: 1 },
    ]);
    expect(bulkPlan('CONTAINS').statement).toContain('CREATE (a)-[e:`CONTAINS`]->(b)');
  });

  it("when a run's results are bulk-loaded then nodes merge on (id, run) and edges join the ends of their own run and merge with their run", () => {
    expect(bulkPlan('Segment').statement).toBe('UNWIND $rows AS r\nMERGE (n:`Segment` {id: r.id, run: r.run})\nSET n += r');
    const rels = bulkPlan({ rel: 'IN_SEGMENT', from: 'Rule', to: 'Segment' });
    expect(rels.statement).toContain(
      'OPTIONAL MATCH (a:`Rule` {id: r.from, run: r.props.run})\nOPTIONAL MATCH (b:`Segment` {id: r.to, run: r.props.run})',
    );
    expect(rels.statement).toContain('MERGE (a)-[e:`IN_SEGMENT` {run: r.props.run}]->(b) SET e = r.props');
    expect(bulkPlan('SIMILAR').statement).toContain('MERGE (a)-[e:`SIMILAR` {run: r.props.run}]->(b) SET e = r.props');
  });

  it('when a bulk row has the wrong number of values then it is refused naming the table and row', () => {
    expect(() => [
      ...bulkPlan('Product').batches(
        [
          ['p1', 'MUG', null, null, null],
          ['p2', 'MUG'],
        ],
        10,
      ),
    ]).toThrow('Product row 2: 2 values for 5 columns (id, description, type, variant, sku)');
  });

  it('when results come back then Integers, BigInts and nodes become plain values', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(42n)).toBe(42);
    expect(toPlain({ _id: { offset: 1, table: 0 }, _label: 'Customer', id: '1' })).toEqual({ _label: 'Customer', id: '1' });
  });
});
