/**
 * Every customer's 2-D projection point, read page by page (the API pages at
 * 100): the chart fills in as pages arrive. Stops at `limit` points.
 */
import { onBeforeUnmount, ref, shallowRef } from 'vue';
import { useClientHandle, type CombinedError, type OperationResult } from '@urql/vue';
import type { Connection } from '../graphql/types';
import { ProjectionPageQuery, type ProjectedCustomer } from '../graphql/overview';

export function useProjection(limit = 6000) {
  const handle = useClientHandle();
  const points = shallowRef<ProjectedCustomer[]>([]);
  const total = ref<number | null>(null);
  const fetching = ref(true);
  const error = shallowRef<CombinedError | null>(null);
  let stopped = false;
  onBeforeUnmount(() => (stopped = true));

  async function load() {
    fetching.value = true;
    error.value = null;
    points.value = [];
    let after: string | null = null;
    const all: ProjectedCustomer[] = [];
    while (!stopped) {
      const result: OperationResult<{ customers: Connection<ProjectedCustomer> }> = await handle.client.query(ProjectionPageQuery, { after }).toPromise();
      if (result.error || !result.data) {
        error.value = result.error ?? null;
        break;
      }
      const page = result.data.customers;
      total.value = page.totalCount;
      all.push(...page.edges.map((e) => e.node));
      points.value = [...all];
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || all.length >= limit) break;
      after = page.pageInfo.endCursor;
    }
    fetching.value = false;
  }

  void load();
  return { points, total, fetching, error, reload: load };
}
