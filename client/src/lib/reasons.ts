/** Groups a recommendation's reasons by kind, strongest first, for display. */
import type { Reason } from '../graphql/fragments';
import type { ReasonKind } from '../graphql/graphql';

export interface ReasonGroup {
  kind: ReasonKind;
  weight: number;
  reasons: Reason[];
}

const ORDER: ReasonKind[] = ['RULE', 'SIMILAR_ITEM', 'NEIGHBOUR', 'SEGMENT', 'POPULAR'];

export function groupReasons(reasons: Reason[]): ReasonGroup[] {
  const groups = new Map<ReasonKind, ReasonGroup>();
  for (const r of reasons) {
    let g = groups.get(r.kind);
    if (!g) groups.set(r.kind, (g = { kind: r.kind, weight: 0, reasons: [] }));
    g.weight += r.weight;
    g.reasons.push(r);
  }
  for (const g of groups.values()) g.reasons.sort((a, b) => b.weight - a.weight);
  return [...groups.values()].sort((a, b) => b.weight - a.weight || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}

export const REASON_LABEL: Record<ReasonKind, (n: number) => string> = {
  NEIGHBOUR: (n) => (n === 1 ? 'A similar customer bought it' : `${n} similar customers bought it`),
  SIMILAR_ITEM: () => 'Often bought with',
  RULE: (n) => (n === 1 ? 'A basket rule fired' : `${n} basket rules fired`),
  SEGMENT: () => 'Popular in the segment',
  POPULAR: () => 'Popular with all customers',
};

/** A label for any kind, also one a newer server may add. */
export const reasonLabel = (kind: string, n: number): string =>
  REASON_LABEL[kind as ReasonKind]?.(n) ?? `${kind.toLowerCase().replace(/_/g, ' ')} (${n})`;

export const REASON_ICON: Record<string, string> = { NEIGHBOUR: '≈', SIMILAR_ITEM: '↔', RULE: '⇒', SEGMENT: '◔', POPULAR: '★' };
