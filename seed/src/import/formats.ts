/**
 * The export formats basketgraph reads, recognised by their header row.
 */
export type FormatName = 'online-retail' | 'online-retail-ii' | 'shopify';
export const FORMAT_NAMES: FormatName[] = ['online-retail', 'online-retail-ii', 'shopify'];

export interface FormatSpec {
  name: FormatName;
  /** Columns that must be present, in the names the export uses. */
  columns: string[];
}

export const FORMATS: Record<FormatName, FormatSpec> = {
  'online-retail': {
    name: 'online-retail',
    columns: ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'],
  },
  'online-retail-ii': {
    name: 'online-retail-ii',
    columns: ['Invoice', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'Price', 'Customer ID', 'Country'],
  },
  shopify: {
    name: 'shopify',
    columns: [
      'product_title',
      'product_type',
      'variant_title',
      'variant_sku',
      'variant_id',
      'customer_id',
      'order_id',
      'day',
      'net_quantity',
      'gross_sales',
      'discounts',
      'returns',
      'net_sales',
      'taxes',
      'total_sales',
      'returned_item_quantity',
      'ordered_item_quantity',
    ],
  },
};

const normalise = (h: string) => h.replace(/^\uFEFF/, '').trim();

/**
 * The format the header belongs to: the one sharing the most columns with it,
 * if that is at least half of the format's columns (so a header missing a
 * column is reported as such, not as an unknown format); null otherwise.
 */
export function detectFormat(header: string[]): FormatName | null {
  const have = new Set(header.map(normalise));
  let best: FormatName | null = null;
  let bestShare = 0.5;
  for (const f of FORMAT_NAMES) {
    const share = FORMATS[f].columns.filter((c) => have.has(c)).length / FORMATS[f].columns.length;
    if (share > bestShare) {
      best = f;
      bestShare = share;
    }
  }
  return best;
}

/** Column positions for a format; names the missing columns if any. */
export function columnIndex(format: FormatName, header: string[]): { index: Record<string, number>; missing: string[] } {
  const names = header.map(normalise);
  const index: Record<string, number> = {};
  const missing: string[] = [];
  for (const c of FORMATS[format].columns) {
    const i = names.indexOf(c);
    if (i < 0) missing.push(c);
    else index[c] = i;
  }
  return { index, missing };
}
