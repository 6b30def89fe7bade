/** Shared argument checks for list fields. */
import { checkFirst } from '../pagination.js';

/** A list length argument: 0…100, `fallback` when left out. */
export const listSize = (first: number | null | undefined, fallback: number, name = 'first') => checkFirst(first, name, fallback);
