/** The `products` connection. */
import type { GraphReader } from '@basketgraph/cypher';
import { toConnection, type Connection, type PageRequest } from '../pagination.js';
import type { ProductFilter, ProductSort } from '../types/filters.js';
import { ProductSortField, SortDirection } from '../types/enums.js';
import { text } from './range-params.js';
import { toProduct } from './rows.js';
import type { ProductModel } from './models.js';

const BY_SALES = new Set<string>([ProductSortField.BUYERS, ProductSortField.UNITS, ProductSortField.REVENUE]);

export async function productPage(
  store: GraphReader,
  filter: ProductFilter | null | undefined,
  sort: ProductSort | null | undefined,
  page: PageRequest,
): Promise<Connection<ProductModel>> {
  const params = { search: text(filter?.search).toLowerCase(), type: text(filter?.type) };
  const field = sort?.field ?? ProductSortField.ID;
  const rows = await store.query<{ product: Record<string, unknown> }>(BY_SALES.has(field) ? 'api-products-page-by-sales' : 'api-products-page', {
    ...params,
    sortField: field,
    direction: sort?.direction ?? SortDirection.ASC,
    skip: page.skip,
    limit: page.limit + 1,
  });
  return toConnection(rows.map((r) => toProduct(r.product)), page, async () => {
    const [row] = await store.query<{ total: number }>('api-products-count', params);
    return row?.total ?? 0;
  });
}
