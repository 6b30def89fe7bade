/**
 * A urql client whose only exchange answers from a table keyed by operation
 * name: data, an error, "loading" (never answers) or a function of the
 * variables. Answers and variables are typed by the operation's document
 * (./operations.ts), so a fixture that no longer matches the query fails the
 * type check. Every operation is recorded for assertions.
 */
import { shallowRef } from 'vue';
import { CombinedError, createClient, type Client, type Exchange, type Operation, type OperationResult } from '@urql/vue';
import { filter, fromValue, mergeMap, never, pipe, type Source } from 'wonka';
import type { GraphQLError } from 'graphql';
import type { ResultOf, VariablesOf } from '../../src/graphql/graphql';
import type { OperationName, Operations } from './operations';

export type MockAnswer<Data> = { data: Data } | { error: string | { message: string; code?: string }[] } | { network: string } | 'loading';

export type MockHandler<N extends OperationName> =
  | MockAnswer<ResultOf<Operations[N]>>
  | ((variables: VariablesOf<Operations[N]>, operation: Operation) => MockAnswer<ResultOf<Operations[N]>>);

export type MockHandlers = { [N in OperationName]?: MockHandler<N> };

type AnyHandler = MockAnswer<unknown> | ((variables: never, operation: Operation) => MockAnswer<unknown>);

export interface MockClient {
  client: Client;
  operations: Operation[];
  /** Variables of every call of an operation, in order. */
  calls<N extends OperationName>(name: N): VariablesOf<Operations[N]>[];
  /** Replace or add answers. */
  answer<N extends OperationName>(name: N, handler: MockHandler<N>): void;
  /** Resolves with the variables of the next call of an operation, once it is answered (e.g. after a debounce). */
  next<N extends OperationName>(name: N): Promise<VariablesOf<Operations[N]>>;
}

export const operationName = (op: Operation): string => {
  for (const d of op.query.definitions) if (d.kind === 'OperationDefinition' && d.name) return d.name.value;
  return '';
};

function toResult(op: Operation, answer: MockAnswer<unknown>): Source<OperationResult> {
  if (answer === 'loading') return never;
  if ('data' in answer) return fromValue({ operation: op, data: answer.data, stale: false, hasNext: false } as OperationResult);
  if ('network' in answer)
    return fromValue({
      operation: op,
      error: new CombinedError({ networkError: new Error(answer.network) }),
      stale: false,
      hasNext: false,
    } as OperationResult);
  const list = typeof answer.error === 'string' ? [{ message: answer.error }] : answer.error;
  const graphQLErrors = list.map((e) => ({ message: e.message, extensions: e.code ? { code: e.code } : {} }) as unknown as GraphQLError);
  return fromValue({
    operation: op,
    data: null,
    error: new CombinedError({ graphQLErrors }),
    stale: false,
    hasNext: false,
  } as unknown as OperationResult);
}

export function mockUrql(handlers: MockHandlers = {}): MockClient {
  const table = new Map<string, AnyHandler>(Object.entries(handlers));
  const operations: Operation[] = [];
  const waiting: { name: string; resolve: (variables: never) => void }[] = [];
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind !== 'teardown'),
      mergeMap((op) => {
        operations.push(op);
        const name = operationName(op);
        for (const w of waiting.filter((w) => w.name === name)) {
          waiting.splice(waiting.indexOf(w), 1);
          w.resolve(op.variables as never); // settles after this synchronous answer is delivered
        }
        const h = table.get(name);
        if (!h) return toResult(op, { error: `no mock answer for ${name}` });
        return toResult(op, typeof h === 'function' ? h(op.variables as never, op) : h);
      }),
    );
  const client = createClient({ url: 'http://test/graphql', exchanges: [exchange], preferGetMethod: false });
  return {
    client,
    operations,
    calls: (name) => operations.filter((o) => operationName(o) === name).map((o) => o.variables as VariablesOf<Operations[typeof name]>),
    answer: (name, handler) => table.set(name, handler),
    next: (name) => new Promise((resolve) => waiting.push({ name, resolve })),
  };
}

/** What `global.provide` needs: @urql/vue injects the client as a ref under `$urql`. */
export const provideUrql = (mock: MockClient) => ({ $urql: shallowRef(mock.client) });
