/**
 * Per request: checks depth and cost once the operation is known (remembered
 * per parsed operation when its cost does not depend on variables), then, for
 * queries, takes a shared hold on the gate until the response is ready, so
 * the analysis job cannot publish new results half-way through a response.
 * Once the hold is taken, `onShared` binds the request to what it may read
 * (the server gives it the current primed read model there: taken any
 * earlier, a publish could slip in between). Mutations do not hold it (they
 * may wait for the gate themselves).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { ReadWriteGate } from '../../gate/rw-gate.js';
import { checkQueryLimitsCached, type Limits } from '../limits/query-limits.js';
import type { ApiContext } from '../context.js';

export function requestGatePlugin(
  gate: ReadWriteGate,
  limits?: Limits,
  onShared?: (context: ApiContext) => void,
): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      let finished = false;
      return {
        async didResolveOperation({ schema, operation, document, request, contextValue }) {
          if (!operation) return;
          checkQueryLimitsCached(schema, document, operation, request.variables ?? {}, limits);
          if (operation.operation !== 'query') return;
          contextValue.cacheability.query = true;
          const r = await gate.acquireShared();
          if (finished) {
            r();
            return;
          }
          release = r;
          onShared?.(contextValue);
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
