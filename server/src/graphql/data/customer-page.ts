/** The `customers` connection (also `Segment.customers`). */
import type { GraphReader } from '@basketgraph/cypher';
import type { Connection, PageRequest } from '../pagination.js';
import type { CustomerFilter, CustomerSort } from '../types/filters.js';
import { CustomerSortField, CustomerStatus, SortDirection } from '../types/enums.js';
import { rangeParams, text } from './range-params.js';
import { toCustomer } from './rows.js';
import { sortedPage } from './sorted-page.js';
import type { CustomerModel } from './models.js';

const RANGES = ['recency', 'frequency', 'monetary', 'avgOrderValue', 'distinctProducts', 'returnRate', 'tenure'] as const;

export function customerFilterParams(filter: CustomerFilter | null | undefined): Record<string, unknown> {
  const params: Record<string, unknown> = {
    segment: text(filter?.segment),
    country: text(filter?.country),
    idPrefix: text(filter?.idPrefix),
    // No filter at all means the default status too: the customers every count counts.
    status: filter === null || filter === undefined ? CustomerStatus.BUYER : text(filter.status),
  };
  for (const r of RANGES) Object.assign(params, rangeParams(r, filter?.[r]));
  return params;
}

export async function customerPage(
  store: GraphReader,
  filter: CustomerFilter | null | undefined,
  sort: CustomerSort | null | undefined,
  page: PageRequest,
): Promise<Connection<CustomerModel>> {
  return sortedPage(
    store,
    {
      page: 'api-customers-page',
      count: 'api-customers-count',
      params: customerFilterParams(filter),
      sortField: sort?.field ?? CustomerSortField.ID,
      direction: sort?.direction ?? SortDirection.ASC,
      toModel: (r: { customer: Record<string, unknown> }) => toCustomer(r.customer),
    },
    page,
  );
}
