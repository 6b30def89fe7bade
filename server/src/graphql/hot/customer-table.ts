/**
 * The primed customers as columns, answering the `customers` connection (filter, sort, page and total) from
 * memory with the results api-customers-page and api-customers-count give on the store:
 * - filters: segment (of the current run), country, id prefix, buyer status, inclusive feature bounds (a
 *   customer without the feature never matches);
 * - orders: by id, or by a feature with customers without it last in either direction, ties by id ascending.
 * Feature columns hold the values as stored (money unrounded), so bounds and ties compare what the store compares.
 * Ids compare by UTF-16 code units (as Neo4j; the embedded store compares bytes, which differs only for ids
 * mixing characters above U+FFFF with ones in U+E000…U+FFFF).
 *
 * Rows are kept in id order, so a row's index is its rank by id: a feature order sorts indices by value, ties by
 * index. Each order is built on first use and kept for the snapshot's life (snapshots are immutable).
 */
import { CustomerSortField, CustomerStatus, SortDirection } from '../types/enums.js';
import { CUSTOMER_RANGES, type CustomerQuery, type CustomerRange } from '../data/customer-page.js';
import type { CustomerModel } from '../data/models.js';
import type { PageRequest } from '../pagination.js';

/** One primed customer: the model as served (with its buyer status), its segment id and its features as stored. */
export interface CustomerTableRow {
  customer: CustomerModel;
  segment: string | null;
  /** Null (not computed) as NaN. */
  features: Record<CustomerRange, number>;
}

/** A page of matching customers (up to `limit + 1`, to tell whether more follow) and how many match in all. */
export interface CustomerTablePage {
  rows: CustomerModel[];
  total: number;
}

const byId = (a: CustomerTableRow, b: CustomerTableRow) => (a.customer.id < b.customer.id ? -1 : a.customer.id > b.customer.id ? 1 : 0);

export class CustomerTable {
  private readonly customers: CustomerModel[];
  private readonly ids: string[];
  private readonly country: (string | null)[];
  private readonly segment: (string | null)[];
  /** 1 buyer, 0 returns only, 2 not known. */
  private readonly buyer: Uint8Array;
  private readonly features: Record<CustomerRange, Float64Array>;
  private readonly orders = new Map<string, Int32Array>();

  constructor(rows: CustomerTableRow[]) {
    const sorted = [...rows].sort(byId);
    const n = sorted.length;
    this.customers = sorted.map((r) => r.customer);
    this.ids = this.customers.map((c) => c.id);
    this.country = this.customers.map((c) => c.country);
    this.segment = sorted.map((r) => r.segment);
    // A buyer status not yet set (a Neo4j import stopped half-way) matches neither status, as on the store.
    this.buyer = Uint8Array.from(sorted, ({ customer: c }) => (c.buyer === null ? 2 : c.buyer ? 1 : 0));
    this.features = {} as Record<CustomerRange, Float64Array>;
    for (const f of CUSTOMER_RANGES) {
      const column = new Float64Array(n);
      for (let i = 0; i < n; i++) column[i] = sorted[i].features[f];
      this.features[f] = column;
    }
  }

  get size(): number {
    return this.customers.length;
  }

  /** Every customer in id order. */
  all(): readonly CustomerModel[] {
    return this.customers;
  }

  /** The customers matching `q` in its order: rows `page.skip` … `page.skip + page.limit` (one past the page) and the total. */
  page(q: CustomerQuery, page: PageRequest): CustomerTablePage {
    const order = this.order(q.sortField, q.direction);
    const end = page.skip + page.limit + 1;
    const rows: CustomerModel[] = [];
    let total = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      if (!this.matches(i, q)) continue;
      if (total >= page.skip && total < end) rows.push(this.customers[i]);
      total++;
    }
    return { rows, total };
  }

  private matches(i: number, q: CustomerQuery): boolean {
    if (q.segment !== '' && this.segment[i] !== q.segment) return false;
    if (q.country !== '' && this.country[i] !== q.country) return false;
    if (q.idPrefix !== '' && !this.ids[i].startsWith(q.idPrefix)) return false;
    if (q.status !== '' && this.buyer[i] !== (q.status === CustomerStatus.BUYER ? 1 : 0)) return false;
    for (const b of q.bounds) {
      const v = this.features[b.feature][i];
      if (!(v >= b.min && v <= b.max)) return false; // NaN (no feature) fails both
    }
    return true;
  }

  /** Row indices in the order of `field` and `direction` (built once per snapshot). */
  private order(field: CustomerSortField, direction: SortDirection): Int32Array {
    const key = `${field} ${direction}`;
    let order = this.orders.get(key);
    if (!order) {
      order =
        field === CustomerSortField.ID
          ? this.idOrder(direction)
          : this.featureOrder(field as `${CustomerRange}` as CustomerRange, direction);
      this.orders.set(key, order);
    }
    return order;
  }

  private idOrder(direction: SortDirection): Int32Array {
    const n = this.customers.length;
    return Int32Array.from({ length: n }, (_, k) => (direction === SortDirection.DESC ? n - 1 - k : k));
  }

  private featureOrder(field: CustomerRange, direction: SortDirection): Int32Array {
    const v = this.features[field];
    const sign = direction === SortDirection.DESC ? -1 : 1;
    const known: number[] = [];
    const missing: number[] = [];
    for (let i = 0; i < v.length; i++) (Number.isNaN(v[i]) ? missing : known).push(i);
    known.sort((a, b) => sign * (v[a] - v[b]) || a - b);
    return Int32Array.from([...known, ...missing]);
  }
}
