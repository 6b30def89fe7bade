import { afterEach, describe, expect, it, vi } from 'vitest';
import cytoscape from 'cytoscape';
import { NEIGHBOUR_GRAPH_OPTIONS, neighbourElements } from '../src/lib/neighbour-graph';

const customer = { id: '12347', segment: null };
const neighbours = [
  { of: '12347', customer: { id: '12348', segment: null }, score: 0.5, rank: 1, sharedProducts: 3, sameSegment: null },
] as never;

describe('the neighbour graph options', () => {
  afterEach(() => vi.restoreAllMocks());

  it('when cytoscape is given the options a customer page uses then it logs no warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: neighbourElements(customer, neighbours),
      ...NEIGHBOUR_GRAPH_OPTIONS,
    });
    expect(cy.nodes()).toHaveLength(2);
    cy.destroy();
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([]);
  });
});
