/** Cytoscape elements for a customer and its neighbours: the customer in the middle, neighbours sized by score. */
import type { ElementDefinition } from 'cytoscape';
import type { NeighbourRow } from '../graphql/customer';
import type { SegmentRef } from '../graphql/fragments';
import { segmentColor } from './segment-colors';

export const CENTER_SIZE = 56;
export const MIN_SIZE = 18;
export const MAX_SIZE = 46;

export function neighbourElements(customer: { id: string; segment: SegmentRef | null }, neighbours: NeighbourRow[]): ElementDefinition[] {
  const top = Math.max(...neighbours.map((n) => n.score), 1e-9);
  const nodes: ElementDefinition[] = [
    { group: 'nodes', data: { id: customer.id, label: customer.id, size: CENTER_SIZE, color: segmentColor(customer.segment?.rank), center: 1 }, classes: 'center' },
    ...neighbours.map<ElementDefinition>((n) => ({
      group: 'nodes',
      data: {
        id: n.customer.id,
        label: n.customer.id,
        size: Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * (n.score / top)),
        color: segmentColor(n.customer.segment?.rank),
        score: n.score,
        shared: n.sharedProducts,
        center: 0,
      },
      classes: 'neighbour',
    })),
  ];
  const edges: ElementDefinition[] = neighbours.map((n) => ({
    group: 'edges',
    data: { id: `${customer.id}->${n.customer.id}`, source: customer.id, target: n.customer.id, width: 1 + 5 * (n.score / top), label: `${n.score.toFixed(2)}` },
  }));
  return [...nodes, ...edges];
}
