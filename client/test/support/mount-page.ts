/** Mounts a page or component with a router at a URL and a mocked urql client. */
import { flushPromises, mount, type ComponentMountingOptions } from '@vue/test-utils';
import { createMemoryHistory, type RouteLocationNormalized, type Router } from 'vue-router';
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

/** Lets answered queries render and the DOM update. */
export async function settle() {
  await flushPromises();
  await flushPromises();
}

/**
 * Resolves with the route once the next navigation is done (the router's own
 * afterEach event). Call it before the click that navigates.
 */
export function nextRoute(router: Router): Promise<RouteLocationNormalized> {
  return new Promise((resolve) => {
    const off = router.afterEach((to) => {
      off();
      resolve(to);
    });
  });
}
