/**
 * The Neo4j adapter on the wire for a test file: the real neo4j-driver against
 * a scripted Bolt server (scripted-bolt-server.ts), opened by a test and closed
 * after it; and the transactions the driver ran, read back from the server.
 */
import { afterEach } from 'vitest';
import { Neo4jStore, type Neo4jOptions } from '@basketgraph/cypher/neo4j';
import { ScriptedBoltServer, type Answer, type RunRequest } from './scripted-bolt-server.js';

/** An answer with no rows. */
export const nothing: Answer = { fields: [] };

export type OpenOnTheWire = (
  answer?: (run: RunRequest) => Answer,
  options?: Neo4jOptions,
  url?: (port: number) => string,
) => Promise<{ server: ScriptedBoltServer; store: Neo4jStore }>;

/** Call at the top of a test file: `open` starts a scripted server and a store on it; both are closed after each test. */
export function storesOnTheWire(): OpenOnTheWire {
  let server: ScriptedBoltServer | undefined;
  let store: Neo4jStore | undefined;
  afterEach(async () => {
    await store?.close();
    await server?.close();
    store = server = undefined;
  });
  return async (answer = () => nothing, options = {}, url = (port) => `bolt://neo4j:pw@127.0.0.1:${port}`) => {
    server = await ScriptedBoltServer.start(answer);
    store = await Neo4jStore.open(url(server.port), options);
    return { server, store };
  };
}

export interface Transaction {
  begin: Record<string, unknown>;
  queries: string[];
  params: Record<string, unknown>[];
  /** COMMIT, ROLLBACK or RESET. */
  end: string;
}

/** BEGIN…COMMIT/ROLLBACK spans, each with the queries (and their parameters) run inside it, in the order they ended. */
export function transactions(s: ScriptedBoltServer): Transaction[] {
  const open = new Map<number, Transaction>();
  const done: Transaction[] = [];
  for (const m of s.messages) {
    if (m.name === 'BEGIN') open.set(m.connection, { begin: m.fields[0] as Record<string, unknown>, queries: [], params: [], end: '' });
    else if (m.name === 'RUN' && open.has(m.connection)) {
      open.get(m.connection)!.queries.push(m.fields[0] as string);
      open.get(m.connection)!.params.push(m.fields[1] as Record<string, unknown>);
    } else if (['COMMIT', 'ROLLBACK', 'RESET'].includes(m.name) && open.has(m.connection)) {
      done.push({ ...open.get(m.connection)!, end: m.name });
      open.delete(m.connection);
    }
  }
  return done;
}
