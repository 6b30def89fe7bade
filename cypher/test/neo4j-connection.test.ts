import { describe, expect, it } from 'vitest';
import { connectionSettings, GraphStoreError } from '@basketgraph/cypher';

describe('Neo4j connection settings from GRAPH_URL and the environment (no server needed)', () => {
  it('when the URL carries credentials and a database then they are used, and neither address nor location shows the password', () => {
    const c = connectionSettings('neo4j+s://shop%40ops:p%3Ass@db.example.com:7687/retail');
    expect(c).toEqual({
      address: 'neo4j+s://db.example.com:7687',
      location: 'neo4j+s://db.example.com:7687/retail',
      user: 'shop@ops',
      password: 'p:ss',
      database: 'retail',
    });
  });

  it('when NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE are set then they win over the URL', () => {
    const c = connectionSettings('bolt://alice:old@localhost:7687/shop', { user: 'bob', password: 'new', database: 'other' });
    expect(c).toMatchObject({ user: 'bob', password: 'new', database: 'other', location: 'bolt://localhost:7687/other' });
  });

  it('when neither says anything then the user is neo4j, the password empty and the database the home one', () => {
    expect(connectionSettings('bolt://localhost:7687')).toEqual({
      address: 'bolt://localhost:7687',
      location: 'bolt://localhost:7687',
      user: 'neo4j',
      password: '',
      database: undefined,
    });
  });

  it('when the URL path is not one database name then it is refused without echoing credentials', () => {
    const error = (() => {
      try {
        connectionSettings('bolt://u:secret@localhost:7687/a/b');
      } catch (e) {
        return e as GraphStoreError;
      }
    })();
    expect(error).toBeInstanceOf(GraphStoreError);
    expect(error?.message).toContain('"a/b" is not one name');
    expect(error?.message).not.toContain('secret');
  });
});
