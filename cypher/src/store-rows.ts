/**
 * Named row builders, derived from the table definitions in `schema.ts`:
 * `storeRow.Segment({ id, run, … })` turns an object into the positional
 * tuple `bulkLoad` takes, in the table's column order, typed by its columns.
 * Relationship rows start with the two end ids (`from`, `to`).
 */
import { GraphStoreError, type BulkTarget } from './graph-store.js';
import { TABLES, type Column, type ColumnType, type Table, type TableName } from './schema.js';

/** The JavaScript value a column takes. */
export type ColumnValue<T extends ColumnType> = T extends 'STRING'
  ? string
  : T extends 'INT64' | 'DOUBLE'
    ? number
    : T extends 'BOOLEAN'
      ? boolean
      : T extends 'DOUBLE[]'
        ? readonly number[]
        : readonly string[];

type Def<N extends TableName> = (typeof TABLES)[N];
type Columns<N extends TableName> = Def<N>['columns'];
type Value<C> = C extends Column<string, infer T> ? ColumnValue<T> | null : never;

/** Columns a row must name: the key, the ends of a relationship and the run of a versioned table. */
type RequiredName = 'id' | 'run';

/**
 * A row as an object: every column by name (`null` or left out = no value), except the key (`id`), the
 * ends (`from`, `to`) and, for a run's results, `run`, which must be given.
 */
export type RowObject<N extends TableName> = {
  [C in Columns<N>[number] as C['name'] extends RequiredName ? C['name'] : never]: NonNullable<Value<C>>;
} & {
  [C in Columns<N>[number] as C['name'] extends RequiredName ? never : C['name']]?: Value<C>;
} & (Def<N> extends { kind: 'rel' } ? { from: string; to: string } : unknown);

type ColumnTuple<Cs> = { -readonly [I in keyof Cs]: Value<Cs[I]> };

/** The positional row `bulkLoad` takes for table N: column values in order (after `from`, `to` for relationships). */
export type StoreRow<N extends TableName> =
  Def<N> extends { kind: 'rel' } ? [from: string, to: string, ...ColumnTuple<Columns<N>>] : ColumnTuple<Columns<N>>;

export type RowBuilder<N extends TableName> = (row: RowObject<N>) => StoreRow<N>;

function builder<N extends TableName>(name: N): RowBuilder<N> {
  const table = TABLES[name] as Table;
  const names = table.columns.map((c) => c.name);
  const rel = table.kind === 'rel';
  return (row) => {
    const o = row as unknown as Record<string, unknown>;
    const out: unknown[] = rel ? [o.from, o.to] : [];
    for (const n of names) out.push(o[n] ?? null);
    return out as StoreRow<N>;
  };
}

/** One row builder per table, e.g. `storeRow.RECOMMENDED({ from, to, score, rank, model, reasons, run })`. */
export const storeRow = Object.fromEntries((Object.keys(TABLES) as TableName[]).map((n) => [n, builder(n)])) as {
  [N in TableName]: RowBuilder<N>;
};

/** The column names of a bulk-load row of the target, in order (relationships start with `from`, `to`). */
export function rowHeader(target: BulkTarget): string[] {
  const table = TABLES[typeof target === 'string' ? target : target.rel] as Table;
  const names = table.columns.map((c) => c.name);
  return table.kind === 'rel' ? ['from', 'to', ...names] : names;
}

/**
 * Passes the rows through, refusing the first whose width differs from the table's: the error names the
 * table, the row (1-based) and the columns expected. Both adapters load through it.
 */
export function* checkedRows(target: BulkTarget, rows: Iterable<readonly unknown[]>): Generator<readonly unknown[]> {
  const header = rowHeader(target);
  const name = typeof target === 'string' ? target : target.rel;
  let i = 0;
  for (const row of rows) {
    i++;
    if (row.length !== header.length) {
      throw new GraphStoreError(
        `bulk load into ${name}: row ${i} has ${row.length} values, the table has ${header.length} (${header.join(', ')})`,
        'QUERY',
      );
    }
    yield row;
  }
}
