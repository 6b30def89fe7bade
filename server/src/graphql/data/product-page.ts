/** The `products` connection. */
import type { GraphReader } from '@basketgraph/cypher';
import type { Connection, PageRequest } from '../pagination.js';
import type { ProductFilter, ProductSort } from '../types/filters.js';
import { ProductSortField, SortDirection } from '../types/enums.js';
import { text } from './range-params.js';
import { toProduct } from './rows.js';
import { sortedPage } from './sorted-page.js';
import type { ProductModel } from './models.js';

const BY_SALES = new Set<string>([ProductSortField.BUYERS, ProductSortField.UNITS, ProductSortField.REVENUE]);

export async function productPage(
  store: GraphReader,
  filter: ProductFilter | null | undefined,
  sort: ProductSort | null | undefined,
  page: PageRequest,
): Promise<Connection<ProductModel>> {
  const field = sort?.field ?? ProductSortField.ID;
  return sortedPage(
    store,
    {
      page: BY_SALES.has(field) ? 'api-products-page-by-sales' : 'api-products-page',
      count: 'api-products-count',
      params: { search: text(filter?.search).toLowerCase(), type: text(filter?.type) },
      sortField: field,
      direction: sort?.direction ?? SortDirection.ASC,
      toModel: (r: { product: Record<string, unknown> }) => toProduct(r.product),
    },
    page,
  );
}
