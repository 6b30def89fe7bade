/** The admin mutation `cypher` (read-only ad-hoc Cypher with a row cap and a time limit), and whether admin is on. */
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { GraphStoreError } from '@basketgraph/cypher';
import type { ApiContext } from '../context.js';
import { CypherResult } from '../types/cypher-result.js';
import { requireAdmin } from '../admin.js';
import { badInput } from '../errors.js';
import { CypherRefused, runReadOnlyCypher } from '../../cypher-guard/cypher-guard.js';
import { adaptCypherForStore, CypherSpellingError } from '../../cypher-dialect/neo4j-spellings.js';

/** One ad-hoc query at a time: they may be heavy. */
let queue: Promise<unknown> = Promise.resolve();

@Resolver(() => CypherResult)
export class CypherResolver {
  @Query(() => Boolean, {
    description:
      'whether admin operations (the Cypher console, imports, analysis and evaluation runs) are on: the server was started with ADMIN_TOKEN set',
  })
  adminEnabled(@Ctx() ctx: ApiContext): boolean {
    return ctx.admin !== 'off';
  }

  @Mutation(() => CypherResult, {
    description: 'admin: runs one read-only Cypher query (writes are refused; row cap and time limit apply)',
  })
  async cypher(
    @Arg('query', () => String) query: string,
    @Ctx() ctx: ApiContext,
    @Arg('params', () => GraphQLJSON, { nullable: true, description: 'a JSON object of parameter values' }) params?: unknown,
  ) {
    requireAdmin(ctx);
    const run = queue.then(async () => {
      const result = await runReadOnlyCypher(ctx.store, query, params, ctx.services.cypherLimits, (text) =>
        adaptCypherForStore(text, ctx.store.dialect),
      );
      return { ...result, query: result.text };
    });
    queue = run.catch(() => undefined);
    try {
      return await run;
    } catch (e) {
      if (e instanceof CypherRefused || e instanceof CypherSpellingError) throw badInput(e.message, 'query');
      if (e instanceof GraphStoreError) {
        const limit = e.code === 'TIMEOUT' ? ` (${ctx.services.cypherLimits.timeoutMs} ms)` : '';
        throw badInput(`${e.message}${limit}`, 'query');
      }
      throw e;
    }
  }
}
