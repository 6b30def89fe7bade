/**
 * Which rows are purchases of real products. Every rule is counted in the
 * import funnel; the non-product stock codes are configurable.
 */
import type { SourceLine } from './source-line.js';

export interface CleaningRules {
  /** Stock codes that are not products (postage, fees, discounts …), matched exactly. */
  nonProductCodes: string[];
  /** Stock-code prefixes that are not products (vouchers). */
  nonProductPrefixes: string[];
}

export const DEFAULT_CLEANING_RULES: CleaningRules = {
  nonProductCodes: ['POST', 'DOT', 'M', 'C2', 'D', 'S', 'B', 'BANK CHARGES', 'AMAZONFEE', 'CRUK', 'PADS'],
  nonProductPrefixes: ['DCGS', 'gift_'],
};

/** Funnel steps, in the order they are applied. */
export const FUNNEL_STEPS = [
  'rows read',
  'missing customer id',
  'cancellations (kept as returns)',
  'quantity or price ≤ 0',
  'non-product stock codes',
  'exact duplicate rows',
  'orders already in the graph',
] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export const STEP = {
  read: 0,
  missingCustomer: 1,
  cancellation: 2,
  nonPositive: 3,
  nonProduct: 4,
  duplicate: 5,
  alreadyImported: 6,
  kept: 7,
} as const;

export function isNonProduct(rules: CleaningRules, productId: string): boolean {
  return rules.nonProductCodes.includes(productId) || rules.nonProductPrefixes.some((p) => productId.startsWith(p));
}

/**
 * The first step that removes this line from the purchases (STEP.kept if
 * none). Duplicates and already-imported orders are decided by the caller.
 */
export function removalStep(rules: CleaningRules, l: SourceLine): number {
  if (l.customerId === null) return STEP.missingCustomer;
  if (l.isCancellation) return STEP.cancellation;
  if (l.quantity <= 0 || l.unitPrice <= 0) return STEP.nonPositive;
  if (isNonProduct(rules, l.productId)) return STEP.nonProduct;
  return STEP.kept;
}
