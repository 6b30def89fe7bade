/**
 * Per request: checks depth and cost once the operation is known, then, for
 * queries, takes a shared hold on the gate until the response is ready, so
 * the analysis job cannot publish new results half-way through a response.
 * Mutations do not hold it (they may wait for the gate themselves).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { ReadWriteGate } from '../../gate/rw-gate.js';
import { checkQueryLimits, type Limits } from '../limits/query-limits.js';
import type { ApiContext } from '../context.js';

export function requestGatePlugin(gate: ReadWriteGate, limits?: Limits): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      let finished = false;
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d]] : [])),
          );
          checkQueryLimits(schema, operation, fragments, request.variables ?? {}, limits);
          if (operation.operation !== 'query') return;
          const r = await gate.acquireShared();
          if (finished) r();
          else release = r;
        },
        async willSendResponse() {
          finished = true;
          release?.();
          release = undefined;
        },
      };
    },
  };
}
