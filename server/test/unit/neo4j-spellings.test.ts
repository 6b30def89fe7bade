import { describe, expect, it } from 'vitest';
import { adaptCypherForStore, adaptNeo4jSpellings, CypherSpellingError } from '../../src/cypher-dialect/neo4j-spellings.js';

const adapt = (q: string) => adaptNeo4jSpellings(q).text;

describe('Neo4j spellings on the embedded store', () => {
  it('when a reserved word is a label or relationship type then it is quoted, and nothing else changes', () => {
    expect(adapt('MATCH (o:Order) RETURN o')).toBe('MATCH (o:`Order`) RETURN o');
    expect(adapt('MATCH (r:Rule)-[:THEN]->(p:Product) RETURN p.id')).toBe('MATCH (r:Rule)-[:`THEN`]->(p:Product) RETURN p.id');
    expect(adapt("MATCH (c:Customer {id: 'Order'})-[:PLACED]->(:Order) RETURN count(*) // :Order")).toBe(
      "MATCH (c:Customer {id: 'Order'})-[:PLACED]->(:`Order`) RETURN count(*) // :Order",
    );
    expect(adapt('MATCH (c:Customer) WHERE EXISTS { MATCH (c)-[:PLACED]->(:Order) } RETURN c.id')).toContain('(:`Order`)');
    expect(adapt('MATCH (o:`Order`) RETURN o.id ORDER BY o.id')).toBe('MATCH (o:`Order`) RETURN o.id ORDER BY o.id');
  });

  it('when a variable is named order then it is quoted but ORDER BY is not', () => {
    expect(adapt('MATCH (order:Order) RETURN order.id AS id ORDER BY id')).toBe(
      'MATCH (`order`:`Order`) RETURN `order`.id AS id ORDER BY id',
    );
  });

  it('when Neo4j functions have a faithful equivalent then they are rewritten, nested calls too', () => {
    expect(adapt('RETURN toFloat(x.a) AS f')).toBe('RETURN CAST(x.a AS DOUBLE) AS f');
    expect(adapt('RETURN round(sum(l.lineTotal)) AS r')).toBe('RETURN floor(sum(l.lineTotal) + 0.5) AS r');
    expect(adapt('RETURN round(x, 2) AS r')).toBe('RETURN round(x, 2) AS r');
    expect(adapt('RETURN round(x, 0) AS r')).toBe('RETURN floor(x + 0.5) AS r');
    expect(adapt('RETURN toInteger(round(x)) AS n')).toBe(
      "RETURN CAST(list_extract(string_split(CAST(floor(x + 0.5) AS STRING), '.'), 1) AS INT64) AS n",
    );
    expect(adapt('RETURN head(collect(p.id)) AS h, last([1, 2]) AS l')).toBe('RETURN (collect(p.id))[1] AS h, ([1, 2])[-1] AS l');
    expect(adapt('MATCH ()-[r]->() RETURN type(r), labels(startNode)')).toBe('MATCH ()-[r]->() RETURN label(r), [label(startNode)]');
    expect(adapt("RETURN substring('abc', 0, 2), substring(s, 1), split('a,b', ',')")).toBe(
      "RETURN substring('abc', (0) + 1, 2), substring(s, (1) + 1, size(s)), string_split('a,b', ',')",
    );
    expect(adapt('RETURN x.type(1), size([1])')).toBe('RETURN x.type(1), size([1])');
  });

  it('when a rewrite is made then it is reported once per kind', () => {
    const r = adaptNeo4jSpellings('MATCH (a:Order), (b:Order) RETURN toFloat(a.total), toFloat(b.total)');
    expect(r.rewrites).toHaveLength(2);
    expect(r.rewrites[0]).toMatch(/:Order → :`Order`/);
    expect(adaptNeo4jSpellings('MATCH (c:Customer) RETURN c').rewrites).toEqual([]);
  });

  it('when a Neo4j spelling has no faithful equivalent then the error says what to write', () => {
    expect(() => adapt('MATCH (n) RETURN toString(n.total)')).toThrow(CypherSpellingError);
    expect(() => adapt('MATCH (n) RETURN toString(n.total)')).toThrow(/CAST\(x AS STRING\)/);
    expect(() => adapt('MATCH (n:Customer) RETURN id(n)')).toThrow(/write n\.id/);
    expect(() => adapt('MATCH (n:Customer:Product) RETURN n')).toThrow(/:Customer\|Product/);
    expect(() => adapt('RETURN round(x, 2, "HALF_EVEN")')).toThrow(/rounding mode/);
  });

  it('when the store is Neo4j then the text is left as written', () => {
    expect(adaptCypherForStore('MATCH (o:Order) RETURN toString(o.total)', 'neo4j')).toEqual({
      text: 'MATCH (o:Order) RETURN toString(o.total)',
      rewrites: [],
    });
  });
});
