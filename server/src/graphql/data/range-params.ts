/** Turns optional filter values into the always-typed parameters the named queries expect. */
import { badInput } from '../errors.js';

/** `$FOn`, `$FMin`, `$FMax` for an optional range (the embedded store cannot bind null parameters). */
export function rangeParams(name: string, range: { min?: number | null; max?: number | null } | null | undefined): Record<string, unknown> {
  const min = range?.min ?? null;
  const max = range?.max ?? null;
  if (min !== null && max !== null && min > max) throw badInput(`filter.${name}: min (${min}) is greater than max (${max})`, `filter.${name}`);
  return {
    [`${name}On`]: min !== null || max !== null,
    [`${name}Min`]: min ?? -Number.MAX_VALUE,
    [`${name}Max`]: max ?? Number.MAX_VALUE,
  };
}

export const text = (v: string | null | undefined): string => (v ?? '').trim();
