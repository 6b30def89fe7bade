/**
 * `--cutoff auto`: the evaluation's train/test boundary when the user names
 * none — the day at three quarters of the span from the first to the last
 * order day, so the test covers the last quarter of the data (on UCI Online
 * Retail, Dec 2010 – Dec 2011: early September 2011, close to the documented
 * 2011-09-09 split). Pure.
 */
import { isoFromDayNumber } from '../dataset.js';

export const TRAIN_SHARE_OF_SPAN = 0.75;

/** The cutoff day (train < it ≤ test) for the given order days; null when there are none. */
export function autoCutoffDay(orderDays: ArrayLike<number>): number | null {
  if (orderDays.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < orderDays.length; i++) {
    first = Math.min(first, orderDays[i]);
    last = Math.max(last, orderDays[i]);
  }
  return first + Math.ceil(TRAIN_SHARE_OF_SPAN * (last - first));
}

/** `autoCutoffDay` as an ISO date. */
export function autoCutoff(orderDays: ArrayLike<number>): string | null {
  const day = autoCutoffDay(orderDays);
  return day === null ? null : isoFromDayNumber(day);
}
