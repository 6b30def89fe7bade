/** Small, readable API answers for component tests. */
import type { SegmentSummary, RuleRow, Recommendation } from '../../src/graphql/fragments';
import type { OverviewData } from '../../src/graphql/overview';
import type { CustomerDetail } from '../../src/graphql/customer';
import type { ProductDetail } from '../../src/graphql/product';

export const segment = (id: string, rank: number, name: string, size: number, revenueShare: number): SegmentSummary => ({
  id,
  rank,
  name,
  description: `${size} customers called ${name}.`,
  // Medians: rank 0 ahead of the median customer on everything, later ranks behind.
  naming: {
    rule: `fixture rule → ${name}`,
    median: { recency: 10 + rank * 40, frequency: 4 - rank, monetary: 1500 / (rank + 1) },
    reference: { recency: 50, frequency: 2, monetary: 650 },
  },
  size,
  shares: { customers: size / 100, revenue: revenueShare },
  metrics: {
    revenue: 10_000 * revenueShare,
    orders: size * 2,
    meanRecency: 10 + rank * 30,
    meanFrequency: 5 - rank,
    meanMonetary: 2000 / (rank + 1),
    avgSalesPerCustomer: 2000 / (rank + 1),
    avgSalesPerOrder: 300,
    ordersPerCustomer: 2,
    silhouette: 0.5,
  },
});

export const SEGMENTS: SegmentSummary[] = [
  segment('S0', 0, 'Champions', 20, 0.6),
  segment('S1', 1, 'Loyal', 30, 0.3),
  segment('S2', 2, 'At risk', 50, 0.1),
];

export const overview = (patch: Partial<OverviewData> = {}): OverviewData => ({
  stats: {
    customers: 100,
    returnsOnlyCustomers: 3,
    products: 250,
    orders: 400,
    purchaseLines: 3000,
    returnLines: 12,
    imports: 1,
    segments: 3,
    rules: 42,
    similar: 900,
    recommended: 1000,
  },
  imports: [
    {
      id: 'abc',
      file: 'online-retail-5k.csv',
      format: 'online-retail',
      importedAt: '2024-05-01T10:00:00Z',
      funnel: [
        { step: 'rows read', removed: 0, rows: 5000, customers: 110, products: 260, orders: 420 },
        { step: 'missing customer id', removed: 1000, rows: 4000, customers: 100, products: 250, orders: 400 },
      ],
    },
  ],
  segments: SEGMENTS,
  latestRun: {
    id: 'run-1',
    status: 'COMPLETED',
    startedAt: '2024-05-01T10:00:00Z',
    finishedAt: '2024-05-01T10:01:00Z',
    k: 3,
    defaultModel: 'default',
    kSweep: [],
  },
  ...patch,
});

export const product = (id: string, description: string) => ({ id, description });

export const rule = (
  id: string,
  ifs: [string, string][],
  thens: [string, string][],
  lift: number,
  patch: Partial<RuleRow> = {},
): RuleRow => ({
  id,
  scope: 'global',
  support: 0.05,
  confidence: 0.6,
  lift,
  leverage: 0.01,
  conviction: 2,
  count: 7,
  if: ifs.map(([i, d]) => product(i, d)),
  then: thens.map(([i, d]) => product(i, d)),
  segment: null,
  ...patch,
});

export const RULES: RuleRow[] = [
  rule('r1', [['85123A', 'WHITE HANGING HEART T-LIGHT HOLDER']], [['71053', 'WHITE METAL LANTERN']], 4.2),
  rule('r2', [['22423', 'REGENCY CAKESTAND 3 TIER']], [['22697', 'GREEN REGENCY TEACUP AND SAUCER']], 3.1, {
    segment: { id: 'S1', name: 'Loyal', rank: 1 },
    scope: 'S1',
  }),
];

export const connection = <T>(nodes: T[], total = nodes.length, hasNextPage = false) => ({
  totalCount: total,
  pageInfo: { hasNextPage, endCursor: nodes.length ? `c${nodes.length}` : null },
  edges: nodes.map((node) => ({ node })),
});

export const recommendation = (
  rank: number,
  id: string,
  description: string,
  reasons: Recommendation['reasons'] = [],
  model = 'default',
): Recommendation => ({
  rank,
  score: 1 / rank,
  model,
  product: product(id, description),
  reasons,
});

export const neighbourReason = (customer: string, weight = 0.3) => ({
  kind: 'NEIGHBOUR' as const,
  id: customer,
  weight,
  customer: { id: customer },
  product: null,
  rule: null,
  segment: null,
});
export const ruleReason = (r: RuleRow) => ({
  kind: 'RULE' as const,
  id: r.id,
  weight: 1,
  customer: null,
  product: null,
  rule: { id: r.id, lift: r.lift, confidence: r.confidence, if: r.if, then: r.then },
  segment: null,
});

export const CUSTOMER: CustomerDetail = {
  id: '17850',
  country: 'United Kingdom',
  status: 'BUYER',
  features: {
    recency: 3,
    frequency: 12,
    monetary: 5292,
    grossMonetary: 5400,
    avgOrderValue: 441,
    grossAvgOrderValue: 450,
    avgItemsPerOrder: 30,
    distinctProducts: 40,
    returnRate: 0.02,
    tenure: 300,
    typeDiversity: 0.1,
  },
  segmentDistance: 0.8,
  segment: {
    id: 'S0',
    name: 'Champions',
    rank: 0,
    size: 20,
    centroid: [
      { feature: 'recency', raw: 6, scaled: -0.5 },
      { feature: 'frequency', raw: 10, scaled: 1.2 },
      { feature: 'monetary', raw: 4000, scaled: 1.5 },
    ],
  },
  lastOrder: { id: '536365', date: '2010-12-01' },
  products: [
    { orders: 3, quantity: 36, spent: 90, product: product('85123A', 'WHITE HANGING HEART T-LIGHT HOLDER') },
    { orders: 2, quantity: 12, spent: 40, product: product('71053', 'WHITE METAL LANTERN') },
  ],
  neighbours: [
    {
      score: 0.42,
      rank: 1,
      sharedProducts: 7,
      sameSegment: true,
      customer: { id: '13047', country: 'United Kingdom', segment: { id: 'S0', name: 'Champions', rank: 0 } },
      sharedPurchases: [{ product: product('85123A', 'WHITE HANGING HEART T-LIGHT HOLDER'), quantity: 36, neighbourQuantity: 24 }],
    },
    {
      score: 0.21,
      rank: 2,
      sharedProducts: 3,
      sameSegment: false,
      customer: { id: '12583', country: 'France', segment: { id: 'S1', name: 'Loyal', rank: 1 } },
      sharedPurchases: [],
    },
  ],
  rules: [RULES[0]],
};

export const PRODUCT: ProductDetail = {
  ...product('85123A', 'WHITE HANGING HEART T-LIGHT HOLDER'),
  type: null,
  variant: null,
  buyers: 16,
  orders: 33,
  units: 748,
  revenue: 1945,
  alsoBought: [{ score: 0.43, rank: 1, product: { ...product('21733', 'RED HANGING HEART T-LIGHT HOLDER'), buyers: 8 } }],
  ifRules: [RULES[0]],
  thenRules: [],
  popularityBySegment: [{ buyers: 4, share: 0.2, segment: { id: 'S0', name: 'Champions', rank: 0, size: 20 } }],
};
