import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFileText, embeddedDdl, neo4jDdl, NODE_TABLES, REL_TABLES } from '@basketgraph/cypher';

describe('schema files', () => {
  it.each(['embedded', 'neo4j'] as const)('when schema.ts changes then cypher/schema/%s.cypher is regenerated with it', (dialect) => {
    const committed = readFileSync(new URL(`../schema/${dialect}.cypher`, import.meta.url), 'utf8');
    expect(committed, 'run: npm run schema:write -w cypher').toBe(schemaFileText(dialect));
  });

  it('when the DDL is generated then every node table has a primary key and Neo4j a uniqueness constraint', () => {
    const ddl = embeddedDdl();
    for (const t of NODE_TABLES) {
      expect(t.columns[0].name).toBe('id');
      expect(ddl.find((s) => s.includes(`\`${t.name}\`(`))).toMatch(/PRIMARY KEY\(id\)\)$/);
      expect(neo4jDdl()).toContain(
        t.versioned
          ? `CREATE CONSTRAINT ${t.name.toLowerCase()}_id_run IF NOT EXISTS FOR (n:\`${t.name}\`) REQUIRE (n.id, n.run) IS UNIQUE`
          : `CREATE CONSTRAINT ${t.name.toLowerCase()}_id IF NOT EXISTS FOR (n:\`${t.name}\`) REQUIRE n.id IS UNIQUE`,
      );
    }
    for (const t of REL_TABLES) expect(ddl.some((s) => s.startsWith(`CREATE REL TABLE IF NOT EXISTS \`${t.name}\``))).toBe(true);
  });

  it("when a table holds a run's results then it has a run column, and on Neo4j an index on it", () => {
    const versioned = [...NODE_TABLES, ...REL_TABLES].filter((t) => t.versioned);
    expect(versioned.map((t) => t.name).sort()).toEqual([
      'ALSO_BOUGHT',
      'CustomerLists',
      'IF',
      'IN_SEGMENT',
      'RECOMMENDED',
      'Rule',
      'SIMILAR',
      'Segment',
      'THEN',
    ]);
    for (const t of versioned) {
      expect(t.columns.map((c) => c.name)).toContain('run');
      expect(neo4jDdl().some((s) => s.includes(`:\`${t.name}\`]-() ON (e.run)`) || s.includes(`(n:\`${t.name}\`) ON (n.run)`))).toBe(true);
    }
  });
});
