/**
 * One row of an export, parsed and checked: the common shape every format is
 * turned into before cleaning. Parsing errors name the file, line and field.
 */
import { ImportError } from './import-error.js';
import { FORMATS, type FormatName } from './formats.js';

export interface SourceLine {
  line: number;
  orderId: string;
  productId: string;
  description: string | null;
  productType: string | null;
  variant: string | null;
  sku: string | null;
  customerId: string | null;
  country: string | null;
  /** ISO calendar date YYYY-MM-DD: the first 10 characters of `datetime`. */
  date: string;
  /** ISO YYYY-MM-DDTHH:MM:SS, or the date when the export has no time. */
  datetime: string;
  /** Units bought on this line (UCI: may be negative on cancellations and adjustments). */
  quantity: number;
  unitPrice: number;
  /** Amount paid for the line. */
  lineTotal: number;
  /** UCI cancellation invoice (C…): the whole line is a return. */
  isCancellation: boolean;
  /** Units returned from this purchase line (Shopify), positive. */
  returnedQuantity: number;
  /** Amount refunded for those units, positive. */
  returnAmount: number;
  /** The row's fields joined: equal keys are exact duplicates. */
  key: string;
}

export type RawValue = string | number | Date | null | undefined;

interface Ctx {
  file: string;
  line: number;
}

const text = (v: RawValue): string => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : String(v));

function required(ctx: Ctx, field: string, v: RawValue): string {
  const s = text(v).trim();
  if (s === '') throw new ImportError(ctx.file, ctx.line, field, 'is empty');
  return s;
}

function optional(v: RawValue): string | null {
  const s = text(v);
  return s.trim() === '' ? null : s;
}

/**
 * Text shown to people (descriptions, product types, variant titles, countries): trimmed, and runs of
 * whitespace collapsed to one space ("ALARM CLOCK BAKELIKE RED " → "ALARM CLOCK BAKELIKE RED"). Ids and SKUs
 * are not labels: they keep their inner characters. The duplicate-row key is built from the raw fields.
 */
function label(v: RawValue): string | null {
  const s = text(v).replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

function number(ctx: Ctx, field: string, v: RawValue): number {
  if (typeof v === 'number') return v;
  const s = required(ctx, field, v);
  const n = Number(s);
  if (!Number.isFinite(n)) throw new ImportError(ctx.file, ctx.line, field, `"${s}" is not a number`);
  return n;
}

function integer(ctx: Ctx, field: string, v: RawValue): number {
  const n = number(ctx, field, v);
  if (!Number.isInteger(n)) throw new ImportError(ctx.file, ctx.line, field, `"${text(v)}" is not a whole number`);
  return n;
}

/** Customer ids written as floats by spreadsheets ("17850.0") become "17850". */
function customerId(v: RawValue): string | null {
  const s = optional(v)?.trim() ?? null;
  return s === null ? null : s.replace(/^(\d+)\.0+$/, '$1');
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * Dates as exports write them: ISO `YYYY-MM-DD[ HH:MM[:SS]]`, and the
 * slash form, read month-first (`M/D/YYYY H:MM`, UCI's CSV copies) or
 * day-first (`DD/MM/YYYY`, Shopify). Spreadsheet dates arrive as Date.
 */
export function parseDate(
  ctx: Ctx,
  field: string,
  v: RawValue,
  slashOrder: 'month-first' | 'day-first',
): { date: string; datetime: string } {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw new ImportError(ctx.file, ctx.line, field, 'is not a valid date');
    const iso = v.toISOString().slice(0, 19);
    return { date: iso.slice(0, 10), datetime: iso };
  }
  const s = required(ctx, field, v);
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  let y: number, mo: number, d: number;
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
    if (!m)
      throw new ImportError(
        ctx.file,
        ctx.line,
        field,
        `"${s}" is not a date (expected YYYY-MM-DD or ${slashOrder === 'day-first' ? 'DD/MM/YYYY' : 'M/D/YYYY'})`,
      );
    y = Number(m[3]);
    [mo, d] = slashOrder === 'day-first' ? [Number(m[2]), Number(m[1])] : [Number(m[1]), Number(m[2])];
  }
  if (!validDate(y, mo, d)) throw new ImportError(ctx.file, ctx.line, field, `"${s}" is not a valid date`);
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (m[4] === undefined) return { date, datetime: date };
  const [hh, mm, ss] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hh > 23 || mm > 59 || ss > 59) throw new ImportError(ctx.file, ctx.line, field, `"${s}" has an invalid time`);
  return { date, datetime: `${date}T${pad(hh)}:${pad(mm)}:${pad(ss)}` };
}

type Get = (column: string) => RawValue;

function onlineRetail(ctx: Ctx, get: Get, ii: boolean): SourceLine {
  const [invoiceCol, priceCol, customerCol] = ii ? ['Invoice', 'Price', 'Customer ID'] : ['InvoiceNo', 'UnitPrice', 'CustomerID'];
  const orderId = required(ctx, invoiceCol, get(invoiceCol));
  const quantity = integer(ctx, 'Quantity', get('Quantity'));
  const unitPrice = number(ctx, priceCol, get(priceCol));
  const { date, datetime } = parseDate(ctx, 'InvoiceDate', get('InvoiceDate'), 'month-first');
  const fields = [
    orderId,
    text(get('StockCode')),
    text(get('Description')),
    quantity,
    datetime,
    unitPrice,
    text(get(customerCol)),
    text(get('Country')),
  ];
  return {
    line: ctx.line,
    orderId,
    productId: required(ctx, 'StockCode', get('StockCode')),
    description: label(get('Description')),
    productType: null,
    variant: null,
    sku: null,
    customerId: customerId(get(customerCol)),
    country: label(get('Country')),
    date,
    datetime,
    quantity,
    unitPrice,
    lineTotal: Math.round(quantity * unitPrice * 100) / 100,
    isCancellation: orderId.startsWith('C'),
    returnedQuantity: 0,
    returnAmount: 0,
    key: fields.join('\u0001'),
  };
}

function shopify(ctx: Ctx, get: Get): SourceLine {
  const ordered = integer(ctx, 'ordered_item_quantity', get('ordered_item_quantity'));
  const returned = integer(ctx, 'returned_item_quantity', get('returned_item_quantity'));
  const gross = number(ctx, 'gross_sales', get('gross_sales'));
  const discounts = number(ctx, 'discounts', get('discounts'));
  const returns = number(ctx, 'returns', get('returns'));
  number(ctx, 'net_quantity', get('net_quantity'));
  const { date, datetime } = parseDate(ctx, 'day', get('day'), 'day-first');
  return {
    line: ctx.line,
    orderId: required(ctx, 'order_id', get('order_id')),
    // variant_id is not unique in real exports (one id under several titles/SKUs); the SKU is.
    productId: optional(get('variant_sku'))?.trim() ?? required(ctx, 'variant_id', get('variant_id')),
    description: label(get('product_title')),
    productType: label(get('product_type')),
    variant: label(get('variant_title')),
    sku: optional(get('variant_sku')),
    customerId: customerId(get('customer_id')),
    country: null,
    date,
    datetime,
    quantity: ordered,
    unitPrice: ordered > 0 ? Math.round((gross / ordered) * 100) / 100 : 0,
    lineTotal: Math.round((gross + discounts) * 100) / 100,
    isCancellation: false,
    returnedQuantity: Math.abs(returned),
    returnAmount: Math.abs(returns),
    key: FORMATS.shopify.columns.map((c) => text(get(c))).join('\u0001'),
  };
}

/** Parses one data row of the given format. */
export function parseSourceLine(format: FormatName, file: string, line: number, get: Get): SourceLine {
  const ctx = { file, line };
  return format === 'shopify' ? shopify(ctx, get) : onlineRetail(ctx, get, format === 'online-retail-ii');
}
