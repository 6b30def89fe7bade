/** Cytoscape elements for a customer and its neighbours: the customer in the middle, neighbours sized by score. */
import type { CytoscapeOptions, ElementDefinition } from 'cytoscape';
import type { NeighbourRow } from '../graphql/customer';
import type { SegmentRef } from '../graphql/fragments';
import { segmentColor } from './segment-colors';

export const CENTER_SIZE = 56;
export const MIN_SIZE = 18;
export const MAX_SIZE = 46;

export function neighbourElements(customer: { id: string; segment: SegmentRef | null }, neighbours: NeighbourRow[]): ElementDefinition[] {
  const top = Math.max(...neighbours.map((n) => n.score), 1e-9);
  const nodes: ElementDefinition[] = [
    {
      group: 'nodes',
      data: { id: customer.id, label: customer.id, size: CENTER_SIZE, color: segmentColor(customer.segment?.rank), center: 1 },
      classes: 'center',
    },
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
    data: {
      id: `${customer.id}->${n.customer.id}`,
      source: customer.id,
      target: n.customer.id,
      width: 1 + 5 * (n.score / top),
      label: `${n.score.toFixed(2)}`,
    },
  }));
  return [...nodes, ...edges];
}

/**
 * Everything but the container and the elements. Only options cytoscape takes
 * without a console warning: no custom wheelSensitivity (it warns that zoom
 * feels wrong on other mice) and no `cursor` style (not a cytoscape style
 * property; the component sets the container's cursor on hover).
 */
export const NEIGHBOUR_GRAPH_OPTIONS: CytoscapeOptions = {
  minZoom: 0.4,
  maxZoom: 2.5,
  userPanningEnabled: true,
  boxSelectionEnabled: false,
  autoungrabify: false,
  style: [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(color)',
        label: 'data(label)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: '#1d2433',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'border-width': 2,
        'border-color': '#ffffff',
      },
    },
    {
      selector: 'node.center',
      style: {
        'font-size': 13,
        'font-weight': 'bold',
        'border-width': 4,
        'border-color': '#1d2433',
        'text-valign': 'center',
        'text-margin-y': 0,
        color: '#fff',
        'text-outline-width': 2,
        'text-outline-color': 'data(color)',
      },
    },
    { selector: 'node.hl', style: { 'border-color': '#e07b39', 'border-width': 4 } },
    { selector: 'edge', style: { width: 'data(width)', 'line-color': '#b9c3d3', 'curve-style': 'straight', opacity: 0.85 } },
    { selector: 'edge.hl', style: { 'line-color': '#e07b39', opacity: 1 } },
  ],
  layout: {
    name: 'concentric',
    concentric: (n) => (n.data('center') ? 2 : 1),
    levelWidth: () => 1,
    minNodeSpacing: 26,
    padding: 18,
    animate: false,
  },
};
