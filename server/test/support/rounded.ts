/**
 * A copy of an API answer with every fractional number rounded to `digits`
 * decimals, so a test states 0.4515 instead of pasting 0.45150262764391413
 * (which breaks on any change in summation order and reads as noise).
 */
export function rounded<T>(value: T, digits = 4): T {
  const scale = 10 ** digits;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'number') return Number.isInteger(v) ? v : Math.round(v * scale) / scale;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
