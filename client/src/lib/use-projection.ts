/**
 * Every customer's 2-D projection point with its segment, in one request
 * (`customerPoints`, joined here with `segments` by id).
 */
import { computed } from 'vue';
import { useQuery } from '@urql/vue';
import { ProjectionQuery, type ProjectedCustomer } from '../graphql/overview';

export function useProjection() {
  const result = useQuery({ query: ProjectionQuery });
  const points = computed<ProjectedCustomer[]>(() => {
    const data = result.data.value;
    if (!data) return [];
    const segments = new Map(data.segments.map((s) => [s.id, s]));
    return data.customerPoints.map((p) => ({
      id: p.id,
      projection: { x: p.x, y: p.y },
      segment: p.segment ? (segments.get(p.segment) ?? null) : null,
    }));
  });
  return {
    points,
    fetching: computed(() => result.fetching.value),
    error: computed(() => result.error.value ?? null),
    reload: () => result.executeQuery({ requestPolicy: 'network-only' }),
  };
}
