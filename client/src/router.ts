/** Every page is a deep link. */
import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'overview', component: () => import('./pages/OverviewPage.vue'), meta: { title: 'Overview' } },
  { path: '/segments/:id', name: 'segment', component: () => import('./pages/SegmentPage.vue'), props: true, meta: { title: 'Segment' } },
  { path: '/customers', name: 'customers', component: () => import('./pages/CustomersPage.vue'), meta: { title: 'Customers' } },
  {
    path: '/customers/:id',
    name: 'customer',
    component: () => import('./pages/CustomerPage.vue'),
    props: true,
    meta: { title: 'Customer' },
  },
  { path: '/products', name: 'products', component: () => import('./pages/ProductsPage.vue'), meta: { title: 'Products' } },
  { path: '/products/:id', name: 'product', component: () => import('./pages/ProductPage.vue'), props: true, meta: { title: 'Product' } },
  { path: '/rules', name: 'rules', component: () => import('./pages/RulesPage.vue'), meta: { title: 'Rules' } },
  { path: '/basket', name: 'basket', component: () => import('./pages/BasketPage.vue'), meta: { title: 'Basket builder' } },
  { path: '/evaluation', name: 'evaluation', component: () => import('./pages/EvaluationPage.vue'), meta: { title: 'Evaluation' } },
  { path: '/experiments', name: 'experiments', component: () => import('./pages/ExperimentsPage.vue'), meta: { title: 'Experiments' } },
  { path: '/cypher', name: 'cypher', component: () => import('./pages/CypherPage.vue'), meta: { title: 'Cypher console' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue'), meta: { title: 'Not found' } },
];

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (to, from, saved) => saved ?? (to.path !== from.path ? { top: 0 } : undefined),
  });
  router.afterEach((to) => {
    const title = (to.meta.title as string | undefined) ?? '';
    const id = typeof to.params.id === 'string' ? ` ${to.params.id}` : '';
    document.title = `${title}${id} · basketgraph`;
  });
  return router;
}
