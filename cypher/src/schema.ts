/**
 * The graph model, as data: every node and relationship table with its
 * columns in bulk-load order. Both adapters derive their DDL from it, and
 * `cypher/schema/*.cypher` are generated from it (a test checks they match).
 */
export type ColumnType = 'STRING' | 'INT64' | 'DOUBLE' | 'BOOLEAN' | 'DOUBLE[]' | 'STRING[]';

export interface Column<N extends string = string, T extends ColumnType = ColumnType> {
  name: N;
  type: T;
  /** What the value means, for cypher/README.md and the generated schema files. */
  doc: string;
}

export interface NodeTable {
  kind: 'node';
  name: string;
  doc: string;
  /** The first column is the primary key `id`. */
  columns: readonly Column[];
  /** Extra indexed properties (Neo4j only; the embedded store indexes the primary key). */
  indexes?: readonly string[];
  /**
   * Results of one analysis run (a `run` column): on Neo4j the key is (id, run), so two runs' rows can
   * coexist while a run is published in batches; the embedded store swaps in a staged table per run.
   */
  versioned?: boolean;
}

export interface RelTable {
  kind: 'rel';
  name: string;
  doc: string;
  /** Node table pairs this relationship joins (FROM, TO). */
  pairs: readonly (readonly [string, string])[];
  columns: readonly Column[];
  /** Indexed properties (Neo4j only). */
  indexes?: readonly string[];
  /**
   * Embedded store: edges stored for traversal from their start node only (`storage_direction = 'fwd'`), for
   * tables every query walks forwards. A table stored both ways rewrites its whole backward index on each
   * append: staging 2.6M RECOMMENDED rows in bounded transactions took minutes at 30× the bundled data.
   */
  forwardOnly?: true;
  /** Results of one analysis run: each edge carries the run id in its `run` column. */
  versioned?: boolean;
  /**
   * Several edges may join the same two nodes (order lines, experiment
   * events): loads CREATE them, never MERGE.
   */
  manyPerPair?: true;
  /**
   * All edges of one start node are written together, once (an order with
   * all its lines). A resumable load on Neo4j then keys them by their start
   * node: a start node that has edges of this type already got all of them.
   */
  completePerStart?: true;
}

export type Table = NodeTable | RelTable;

const col = <N extends string, T extends ColumnType>(name: N, type: T, doc: string): Column<N, T> => ({ name, type, doc });
/** The `run` column of every versioned (per analysis run) relationship table. */
const runCol = () => col('run', 'STRING', 'id of the analysis run that wrote it (readers use the current run’s)');

export const CUSTOMER_FEATURE_COLUMNS = [
  col('recency', 'INT64', 'days from the last purchase to the day after the last date in the data'),
  col('frequency', 'INT64', 'distinct purchase orders'),
  col(
    'monetary',
    'DOUBLE',
    'net spend: grossMonetary minus the refunds of returns that match a purchase (same product, units capped at those bought)',
  ),
  col('avgOrderValue', 'DOUBLE', 'net average order value: monetary / frequency'),
  col('avgItemsPerOrder', 'DOUBLE', 'purchased quantity / frequency'),
  col('distinctProducts', 'INT64', 'distinct products bought'),
  col(
    'returnRate',
    'DOUBLE',
    'share of gross spend refunded by matched returns (1 = everything returned), so monetary = grossMonetary × (1 − returnRate)',
  ),
  col('tenure', 'INT64', 'days from the first purchase to the day after the last date in the data'),
  col(
    'typeDiversity',
    'DOUBLE',
    'share of the catalogue’s product types bought (null when the export has no product types, e.g. UCI Online Retail)',
  ),
  col('x', 'DOUBLE', 'first coordinate of the 2-D PCA projection of the clustering input'),
  col('y', 'DOUBLE', 'second coordinate of the 2-D PCA projection'),
  col('grossMonetary', 'DOUBLE', 'gross spend: sum of purchase line totals, before returns'),
  col('grossAvgOrderValue', 'DOUBLE', 'grossMonetary / frequency'),
] as const;

export type TableName =
  | 'Customer'
  | 'Product'
  | 'Order'
  | 'Import'
  | 'Segment'
  | 'Rule'
  | 'CustomerLists'
  | 'AnalysisRun'
  | 'Evaluation'
  | 'ServerPresence'
  | 'Experiment'
  | 'PLACED'
  | 'CONTAINS'
  | 'RETURNS'
  | 'IN_SEGMENT'
  | 'SIMILAR'
  | 'ALSO_BOUGHT'
  | 'IF'
  | 'THEN'
  | 'RECOMMENDED'
  | 'EXPERIMENT_EVENT';

export const TABLES = {
  Customer: {
    kind: 'node',
    name: 'Customer',
    doc: 'a customer id from the export; features are written by the analysis job (null before it runs)',
    columns: [
      col('id', 'STRING', 'customer id as written in the export'),
      col('country', 'STRING', 'country of the customer’s first order (null when the export has none)'),
      ...CUSTOMER_FEATURE_COLUMNS,
      col(
        'buyer',
        'BOOLEAN',
        'has a purchase order with at least one line (status BUYER; false: returns only): set by every import and, on a graph made before the column, when the graph is next opened for writing (query customers-buyer-update)',
      ),
    ],
    indexes: ['country'],
  },
  Product: {
    kind: 'node',
    name: 'Product',
    doc: 'a product (UCI: stock code as written; Shopify: variant SKU, else variant id)',
    columns: [
      col('id', 'STRING', 'stock code (UCI) or variant SKU / variant id (Shopify)'),
      col('description', 'STRING', 'description (UCI) or product title (Shopify)'),
      col('type', 'STRING', 'product type (Shopify only)'),
      col('variant', 'STRING', 'variant title (Shopify only)'),
      col('sku', 'STRING', 'variant SKU (Shopify only)'),
    ],
  },
  Order: {
    kind: 'node',
    name: 'Order',
    doc: 'an invoice/order; kind is "purchase", or "return" for UCI cancellation invoices (C…)',
    columns: [
      col('id', 'STRING', 'invoice number or order id as written'),
      col('kind', 'STRING', '"purchase" or "return"'),
      col('date', 'STRING', 'calendar date, ISO YYYY-MM-DD (local to the shop)'),
      col('datetime', 'STRING', 'ISO YYYY-MM-DDTHH:MM:SS when the export has a time, else the date'),
      col('total', 'DOUBLE', 'sum of line totals (purchases) or refunded amount (returns)'),
      col('itemCount', 'INT64', 'sum of quantities on the order'),
      col('lineCount', 'INT64', 'number of lines on the order'),
    ],
    indexes: ['date'],
  },
  Import: {
    kind: 'node',
    name: 'Import',
    doc: 'one import of one file, with its cleaning funnel',
    columns: [
      col('id', 'STRING', 'sha256 of the file content'),
      col('file', 'STRING', 'file name as given'),
      col('format', 'STRING', 'online-retail, online-retail-ii or shopify'),
      col('importedAt', 'STRING', 'ISO timestamp'),
      col('rows', 'INT64', 'data rows read'),
      col('lineItems', 'INT64', 'purchase lines kept'),
      col('returnLines', 'INT64', 'return lines kept'),
      col('customers', 'INT64', 'customers after cleaning'),
      col('products', 'INT64', 'products after cleaning'),
      col('orders', 'INT64', 'purchase orders after cleaning'),
      col('funnel', 'STRING', 'JSON: [{step, removed, rows, customers, products, orders}]'),
    ],
  },
  Segment: {
    kind: 'node',
    name: 'Segment',
    doc: 'a K-Means customer segment of one analysis run (readers use the current run’s)',
    columns: [
      col('id', 'STRING', 'S0, S1 … ordered by mean monetary, highest first'),
      col('run', 'STRING', 'id of the analysis run that wrote it'),
      col('rank', 'INT64', '0 for the highest mean monetary'),
      col('name', 'STRING', 'automatic name in RFM language, decided on its members’ medians against all customers’ medians'),
      col('description', 'STRING', 'one sentence describing its median customer'),
      col('size', 'INT64', 'customers'),
      col('customerShare', 'DOUBLE', 'share of all customers'),
      col('revenue', 'DOUBLE', 'sum of members’ (net) monetary'),
      col('revenueShare', 'DOUBLE', 'share of all revenue'),
      col('orders', 'INT64', 'purchase orders of its members'),
      col('meanRecency', 'DOUBLE', 'mean recency (days)'),
      col('meanFrequency', 'DOUBLE', 'mean frequency (orders)'),
      col('meanMonetary', 'DOUBLE', 'mean monetary'),
      col('avgSalesPerCustomer', 'DOUBLE', 'revenue / size'),
      col('avgSalesPerOrder', 'DOUBLE', 'revenue / orders'),
      col('ordersPerCustomer', 'DOUBLE', 'orders / size'),
      col('centroidRaw', 'DOUBLE[]', 'centroid in raw units (features in AnalysisRun.featureNames order)'),
      col('centroidScaled', 'DOUBLE[]', 'centroid in z-score units'),
      col('silhouette', 'DOUBLE', 'mean silhouette of its members'),
      col('medianRecency', 'DOUBLE', 'median recency of its members (days): what the name was decided on'),
      col('medianFrequency', 'DOUBLE', 'median frequency of its members (orders)'),
      col('medianMonetary', 'DOUBLE', 'median (net) monetary of its members'),
      col('referenceRecency', 'DOUBLE', 'median recency of all customers: the reference of the name'),
      col('referenceFrequency', 'DOUBLE', 'median frequency of all customers'),
      col('referenceMonetary', 'DOUBLE', 'median (net) monetary of all customers'),
      col('namingRule', 'STRING', 'the rule that produced the name, with the numbers it compared'),
    ],
    indexes: ['run'],
    versioned: true,
  },
  Rule: {
    kind: 'node',
    name: 'Rule',
    doc: 'an association rule X → Y mined with FP-Growth, global or per segment',
    columns: [
      col('id', 'STRING', 'stable id: scope + sorted item ids'),
      col('run', 'STRING', 'id of the analysis run that wrote it'),
      col('scope', 'STRING', '"global" or the segment id'),
      col('antecedent', 'STRING[]', 'product ids of X'),
      col('consequent', 'STRING[]', 'product ids of Y'),
      col('support', 'DOUBLE', 'share of orders (of the scope) containing X ∪ Y'),
      col('confidence', 'DOUBLE', 'support(X ∪ Y) / support(X)'),
      col('lift', 'DOUBLE', 'confidence / support(Y)'),
      col('leverage', 'DOUBLE', 'support(X ∪ Y) − support(X)·support(Y)'),
      col('conviction', 'DOUBLE', '(1 − support(Y)) / (1 − confidence); null when confidence is 1'),
      col('count', 'INT64', 'orders containing X ∪ Y'),
    ],
    indexes: ['run'],
    versioned: true,
  },
  CustomerLists: {
    kind: 'node',
    name: 'CustomerLists',
    doc: 'one customer’s recommendations and neighbours of one analysis run, as two JSON texts: what the API reads for a customer in one primary-key lookup (the same rows as the customer’s RECOMMENDED and SIMILAR edges, without the reasons)',
    columns: [
      col('id', 'STRING', 'the customer’s id'),
      col('run', 'STRING', 'id of the analysis run that wrote it'),
      col('model', 'STRING', 'model that produced the recommendations'),
      col('recommendations', 'STRING', 'JSON: [[productId, score], …] best first (rank = position + 1), as RECOMMENDED'),
      col('neighbours', 'STRING', 'JSON: [[customerId, score, shared, sameSegment], …] most similar first, as SIMILAR'),
    ],
    indexes: ['run'],
    versioned: true,
  },
  AnalysisRun: {
    kind: 'node',
    name: 'AnalysisRun',
    doc: 'one run of the analysis job; readers use the results of the one marked current',
    columns: [
      col('id', 'STRING', 'run id (timestamp based)'),
      col('status', 'STRING', 'running, completed or failed'),
      col('params', 'STRING', 'JSON of the parameters'),
      col('startedAt', 'STRING', 'ISO timestamp'),
      col('finishedAt', 'STRING', 'ISO timestamp (null while running)'),
      col('stage', 'STRING', 'current or last stage'),
      col('timings', 'STRING', 'JSON: {stage: milliseconds}'),
      col('kSweep', 'STRING', 'JSON: [{k, inertia, silhouette, daviesBouldin}] (empty unless --k auto)'),
      col('k', 'INT64', 'number of segments'),
      col('featureNames', 'STRING[]', 'clustering features, in centroid order'),
      col('scaling', 'STRING', 'JSON {names, logged, mean, std}: how raw features become the z-scores k-means saw'),
      col('defaultModel', 'STRING', 'recommendation model written as RECOMMENDED'),
      col('error', 'STRING', 'why it failed'),
      col(
        'modelSettings',
        'STRING',
        'JSON: what defaultModel stood for in this run (hyperparameters; for `default`, the recency half-life and its components)',
      ),
      col('current', 'BOOLEAN', 'true for the one run whose results readers see (set in the transaction that publishes it)'),
    ],
    indexes: ['current'],
  },
  Evaluation: {
    kind: 'node',
    name: 'Evaluation',
    doc: 'one offline evaluation of the recommenders on a time split',
    columns: [
      col('id', 'STRING', 'evaluation id'),
      col('createdAt', 'STRING', 'ISO timestamp'),
      col('cutoff', 'STRING', 'ISO date: train before, test on/after'),
      col('top', 'INT64', 'list length k'),
      col('users', 'INT64', 'users evaluated'),
      col('defaultModel', 'STRING', 'model used for RECOMMENDED'),
      col(
        'models',
        'STRING',
        'JSON: [{name, default, settings, precision, recall, ndcg, ndcgStdError, ndcgVsDefault, ndcgVsDefaultStdError, hitRate, map, coverage, fitMs, scoreMs}]',
      ),
    ],
  },
  Experiment: {
    kind: 'node',
    name: 'Experiment',
    doc: 'an A/B test of recommendation strategies (or a replay of one on past orders)',
    columns: [
      col('id', 'STRING', 'chosen by whoever creates it'),
      col('name', 'STRING', 'readable name'),
      col('status', 'STRING', 'draft, running, stopped; replay for a replayed experiment'),
      col('createdAt', 'STRING', 'ISO timestamp'),
      col('startedAt', 'STRING', 'ISO timestamp (null before start)'),
      col('stoppedAt', 'STRING', 'ISO timestamp (null before stop)'),
      col('attributionDays', 'INT64', 'days after an exposure in which an order with a shown product converts'),
      col('variants', 'STRING', 'JSON: [{name, strategy, weight, control}]'),
      col('replay', 'STRING', 'JSON of a replayed experiment’s report (null for live ones)'),
    ],
  },
  ServerPresence: {
    kind: 'node',
    name: 'ServerPresence',
    doc: 'a basketgraph server using this database (Neo4j), heart-beaten; CLI writes go through a live one',
    columns: [
      col('id', 'STRING', 'random id of the server process'),
      col('url', 'STRING', 'where the server answers (its /healthz and /graphql)'),
      col('startedAt', 'STRING', 'ISO timestamp'),
      col('heartbeatAt', 'INT64', 'last heartbeat, milliseconds since 1970 (server clock)'),
    ],
  },
  PLACED: {
    kind: 'rel',
    name: 'PLACED',
    doc: 'the customer placed the order',
    pairs: [['Customer', 'Order']],
    columns: [],
  },
  CONTAINS: {
    kind: 'rel',
    name: 'CONTAINS',
    doc: 'a purchase line (one edge per line; a product can appear twice in one order)',
    pairs: [['Order', 'Product']],
    manyPerPair: true,
    completePerStart: true,
    columns: [
      col('quantity', 'INT64', 'units bought'),
      col('unitPrice', 'DOUBLE', 'price per unit'),
      col('lineTotal', 'DOUBLE', 'amount paid for the line'),
    ],
  },
  RETURNS: {
    kind: 'rel',
    name: 'RETURNS',
    doc: 'a returned or cancelled line (UCI C-invoices, Shopify returned_item_quantity)',
    pairs: [['Order', 'Product']],
    manyPerPair: true,
    completePerStart: true,
    columns: [col('quantity', 'INT64', 'units returned (positive)'), col('amount', 'DOUBLE', 'amount refunded (positive)')],
  },
  IN_SEGMENT: {
    kind: 'rel',
    name: 'IN_SEGMENT',
    doc: 'customer (or per-segment rule) belongs to the segment',
    pairs: [
      ['Customer', 'Segment'],
      ['Rule', 'Segment'],
    ],
    columns: [col('distance', 'DOUBLE', 'distance to the centroid in z-score units (null for rules)'), runCol()],
    indexes: ['run'],
    versioned: true,
  },
  SIMILAR: {
    kind: 'rel',
    name: 'SIMILAR',
    doc: 'nearest neighbours by cosine similarity of the products bought',
    pairs: [['Customer', 'Customer']],
    columns: [
      col('score', 'DOUBLE', 'cosine similarity'),
      col('rank', 'INT64', '1 = most similar'),
      col('shared', 'INT64', 'distinct products both bought'),
      col('sameSegment', 'BOOLEAN', 'both customers are in the same segment'),
      runCol(),
    ],
    indexes: ['run'],
    versioned: true,
    forwardOnly: true,
  },
  ALSO_BOUGHT: {
    kind: 'rel',
    name: 'ALSO_BOUGHT',
    doc: 'item-item cosine similarity over buyers',
    pairs: [['Product', 'Product']],
    columns: [col('score', 'DOUBLE', 'cosine similarity'), col('rank', 'INT64', '1 = most similar'), runCol()],
    indexes: ['run'],
    versioned: true,
  },
  IF: {
    kind: 'rel',
    name: 'IF',
    doc: 'product in the rule’s antecedent X',
    pairs: [['Rule', 'Product']],
    columns: [runCol()],
    indexes: ['run'],
    versioned: true,
  },
  THEN: {
    kind: 'rel',
    name: 'THEN',
    doc: 'product in the rule’s consequent Y',
    pairs: [['Rule', 'Product']],
    columns: [runCol()],
    indexes: ['run'],
    versioned: true,
  },
  EXPERIMENT_EVENT: {
    kind: 'rel',
    name: 'EXPERIMENT_EVENT',
    doc: 'what a customer in an A/B experiment saw or did (written in batches by the API; conversions are read from orders)',
    pairs: [['Customer', 'Experiment']],
    manyPerPair: true,
    columns: [
      col('kind', 'STRING', 'exposure, click or add-to-basket'),
      col('variant', 'STRING', 'the variant the customer is assigned to (by hash, never stored before this)'),
      col('at', 'STRING', 'ISO timestamp YYYY-MM-DDTHH:MM:SS (UTC)'),
      col('products', 'STRING[]', 'exposure: the products shown; click / add-to-basket: the product'),
    ],
  },
  RECOMMENDED: {
    kind: 'rel',
    name: 'RECOMMENDED',
    doc: 'precomputed top-N unseen products for the customer',
    pairs: [['Customer', 'Product']],
    columns: [
      col('score', 'DOUBLE', 'model score'),
      col('rank', 'INT64', '1 = best'),
      col('model', 'STRING', 'model name'),
      col('reasons', 'STRING', 'JSON: [{kind, id, weight}] — neighbours, similar items, rules, popularity'),
      runCol(),
    ],
    indexes: ['run'],
    versioned: true,
    forwardOnly: true,
  },
} as const satisfies Record<TableName, Table>;
export const NODE_TABLES = (Object.values(TABLES) as Table[]).filter((t): t is NodeTable => t.kind === 'node');
export const REL_TABLES = (Object.values(TABLES) as Table[]).filter((t): t is RelTable => t.kind === 'rel');

/**
 * Tables holding one analysis run's results (`versioned`: every row carries its run id). Readers see only
 * the current run's rows; publishing a run replaces them (see `GraphStore.publishRun`).
 */
export const VERSIONED_TABLES = (Object.keys(TABLES) as TableName[]).filter((n) => (TABLES[n] as Table).versioned === true);
export const ANALYSIS_NODE_TABLES: TableName[] = VERSIONED_TABLES.filter((n) => TABLES[n].kind === 'node');
export const ANALYSIS_REL_TABLES: TableName[] = VERSIONED_TABLES.filter((n) => TABLES[n].kind === 'rel');
