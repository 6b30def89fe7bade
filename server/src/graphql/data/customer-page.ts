/**
 * The `customers` connection (also `Segment.customers`): the GraphQL filter and sort read once into a
 * `CustomerQuery`, answered by the store (`customerPage`, api-customers-page / api-customers-count) or by the
 * primed read model (../hot/customer-table.ts) with the same results; the loaders pick (model-reads.ts).
 */
import type { GraphReader } from '@basketgraph/cypher';
import type { Connection, PageRequest } from '../pagination.js';
import type { CustomerFilter, CustomerSort } from '../types/filters.js';
import { CustomerSortField, CustomerStatus, SortDirection } from '../types/enums.js';
import { rangeParams, text } from './range-params.js';
import { toCustomer } from './rows.js';
import { sortedPage } from './sorted-page.js';
import type { CustomerModel } from './models.js';

/** The features a filter may bound, and a sort may order by (besides the id). */
export const CUSTOMER_RANGES = ['recency', 'frequency', 'monetary', 'avgOrderValue', 'distinctProducts', 'returnRate', 'tenure'] as const;
export type CustomerRange = (typeof CUSTOMER_RANGES)[number];

/** One inclusive bound pair (an open side is ∓Number.MAX_VALUE); a customer without the feature never matches. */
export interface FeatureBounds {
  feature: CustomerRange;
  min: number;
  max: number;
}

/** What a `customers` request asks for; '' = any. */
export interface CustomerQuery {
  segment: string;
  country: string;
  idPrefix: string;
  /** 'BUYER', 'RETURNS_ONLY' or '' (any). */
  status: '' | CustomerStatus;
  bounds: FeatureBounds[];
  sortField: CustomerSortField;
  direction: SortDirection;
}

/** Reads (and checks) the GraphQL filter and sort; a min above its max is a BAD_USER_INPUT error. */
export function customerQuery(filter: CustomerFilter | null | undefined, sort: CustomerSort | null | undefined): CustomerQuery {
  const bounds: FeatureBounds[] = [];
  for (const feature of CUSTOMER_RANGES) {
    const p = rangeParams(feature, filter?.[feature]);
    if (p[`${feature}On`]) bounds.push({ feature, min: Number(p[`${feature}Min`]), max: Number(p[`${feature}Max`]) });
  }
  return {
    segment: text(filter?.segment),
    country: text(filter?.country),
    idPrefix: text(filter?.idPrefix),
    // No filter at all means the default status too: the customers every count counts.
    status: filter === null || filter === undefined ? CustomerStatus.BUYER : (filter.status ?? ''),
    bounds,
    sortField: sort?.field ?? CustomerSortField.ID,
    direction: sort?.direction ?? SortDirection.ASC,
  };
}

/** The parameters of api-customers-page / api-customers-count. */
export function customerFilterParams(q: CustomerQuery): Record<string, unknown> {
  const params: Record<string, unknown> = { segment: q.segment, country: q.country, idPrefix: q.idPrefix, status: q.status };
  for (const feature of CUSTOMER_RANGES) {
    const b = q.bounds.find((x) => x.feature === feature);
    Object.assign(params, rangeParams(feature, b && { min: b.min, max: b.max }));
  }
  return params;
}

/** One page from the store. */
export async function customerPage(store: GraphReader, q: CustomerQuery, page: PageRequest): Promise<Connection<CustomerModel>> {
  return sortedPage(
    store,
    {
      page: 'api-customers-page',
      count: 'api-customers-count',
      params: customerFilterParams(q),
      sortField: q.sortField,
      direction: q.direction,
      toModel: (r: { customer: Record<string, unknown> }) => toCustomer(r.customer),
    },
    page,
  );
}
