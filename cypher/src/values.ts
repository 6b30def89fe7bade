/**
 * Turns what the drivers return into plain JSON-safe values: BigInt and
 * Neo4j Integer become numbers, dates become ISO strings, nodes and
 * relationships become their properties plus `_label`.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), toPlain(v)]));
  const v = value as Record<string, unknown>;
  // neo4j Integer, Node, Relationship, temporal values
  if (typeof v.toNumber === 'function' && 'low' in v && 'high' in v) return (v as { toNumber(): number }).toNumber();
  if ('labels' in v && 'properties' in v && 'elementId' in v) {
    return { _label: (v.labels as string[]).join(':'), ...(toPlain(v.properties) as object) };
  }
  if ('type' in v && 'properties' in v && 'startNodeElementId' in v) {
    return { _label: v.type, ...(toPlain(v.properties) as object) };
  }
  if (typeof v.toString === 'function' && 'year' in v && 'month' in v && 'day' in v) return String(v);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === '_id' || k === '_src' || k === '_dst') continue; // internal ids of the embedded store
    out[k] = toPlain(x);
  }
  return out;
}

/** Converts a result row in place (rows come fresh from the driver) and returns it. */
export function rowToPlain(row: Record<string, unknown>): Record<string, unknown> {
  for (const k in row) {
    const v = row[k];
    if (v !== null && (typeof v === 'object' || typeof v === 'bigint')) row[k] = toPlain(v);
  }
  return row;
}
