/** One page of a sorted, filtered list: the page query (one row past the page, to tell whether more follow) and, when asked, the count. */
import type { GraphReader, QueryName, Row } from '@basketgraph/cypher';
import { toConnection, type Connection, type PageRequest } from '../pagination.js';

export interface SortedPageQuery<R extends Row, M> {
  /** The named query of one page; it gets `params` and `sortField`, `direction`, `skip`, `limit`. */
  page: QueryName;
  /** The named query of the total; it gets `params`. */
  count: QueryName;
  params: Record<string, unknown>;
  sortField: string;
  direction: string;
  toModel(row: R): M;
}

export async function sortedPage<R extends Row, M>(store: GraphReader, query: SortedPageQuery<R, M>, page: PageRequest): Promise<Connection<M>> {
  const { params } = query;
  const rows = await store.query<R>(query.page, {
    ...params,
    sortField: query.sortField,
    direction: query.direction,
    skip: page.skip,
    limit: page.limit + 1,
  });
  return toConnection(rows.map(query.toModel), page, async () => {
    const [row] = await store.query<{ total: number }>(query.count, params);
    return row?.total ?? 0;
  });
}
