/** Mounts a page or component with a router at a URL and a mocked urql client. */
import { flushPromises, mount, type ComponentMountingOptions } from '@vue/test-utils';
import { createMemoryHistory } from 'vue-router';
import type { Component } from 'vue';
import { createAppRouter } from '../../src/router';
import { mockUrql, provideUrql, type MockHandlers } from './mock-urql';

/** Canvas-based widgets do not run in happy-dom: charts and the graph are stubbed (their props are still checked). */
export const STUBS = { EChart: true, NeighbourGraph: true };

export async function mountAt<C extends Component>(
  component: C,
  url: string,
  handlers: MockHandlers = {},
  options: ComponentMountingOptions<C> = {},
) {
  const urql = mockUrql(handlers);
  const router = createAppRouter(createMemoryHistory());
  await router.push(url);
  await router.isReady();
  const route = router.currentRoute.value;
  const props = { ...(route.params as Record<string, unknown>), ...((options.props as Record<string, unknown>) ?? {}) };
  const wrapper = mount(component, {
    ...options,
    props: props as never,
    global: { plugins: [router], provide: provideUrql(urql), stubs: STUBS, ...(options.global ?? {}) },
    attachTo: document.body,
  });
  await settle();
  return { wrapper, router, urql };
}

/** Lets queries answer and the DOM update (debounces included when timers are real). */
export async function settle(ms = 0) {
  await flushPromises();
  if (ms) await new Promise((r) => setTimeout(r, ms));
  await flushPromises();
}
