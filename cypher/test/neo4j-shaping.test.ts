import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { bulkPlan, shapeBulkRow, shapeParams, TABLES, toPlain } from '@basketgraph/cypher';

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
      id: 'X', description: null, type: null, variant: null, sku: 'sku',
    });
  });

  it('when nodes are bulk-loaded then the statement merges on id; relationships match both ends', () => {
    const nodes = bulkPlan('Customer');
    expect(nodes.statement).toBe('UNWIND $rows AS r MERGE (n:`Customer` {id: r.id}) SET n += r');
    const rels = bulkPlan({ rel: 'IN_SEGMENT', from: 'Customer', to: 'Segment' });
    expect(rels.statement).toContain('MATCH (a:`Customer` {id: r.from}) MATCH (b:`Segment` {id: r.to, run: r.props.run})');
    expect(rels.statement).toContain('CREATE (a)-[e:`IN_SEGMENT`]->(b) SET e = r.props');
    const params = rels.toParams([['c1', 'S0', 0.5, 'run1']]);
    expect(params).toEqual({ rows: [{ from: 'c1', to: 'S0', props: { distance: 0.5, run: 'run1' } }] });
  });

  it('when a run\'s results are bulk-loaded then nodes merge on (id, run) and edges join the ends of their own run', () => {
    expect(bulkPlan('Segment').statement).toBe('UNWIND $rows AS r MERGE (n:`Segment` {id: r.id, run: r.run}) SET n += r');
    expect(bulkPlan({ rel: 'IN_SEGMENT', from: 'Rule', to: 'Segment' }).statement).toContain(
      'MATCH (a:`Rule` {id: r.from, run: r.props.run}) MATCH (b:`Segment` {id: r.to, run: r.props.run})',
    );
  });

  it('when results come back then Integers, BigInts and nodes become plain values', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(42n)).toBe(42);
    expect(toPlain({ _id: { offset: 1, table: 0 }, _label: 'Customer', id: '1' })).toEqual({ _label: 'Customer', id: '1' });
  });
});
