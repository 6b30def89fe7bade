/** Maps store rows (nodes as plain property objects) into the API's models. */
import type { Row } from '@basketgraph/cypher';
import type {
  AnalysisRunModel, CustomerModel, EvaluationModel, FunnelStepModel, ImportReportModel, OrderModel, ProductModel,
  ReasonKind, ReasonModel, RuleModel, RunStatus, SegmentModel,
} from './models.js';

type Node = Record<string, unknown>;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number(v));
const num0 = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const numbers = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : []);

/** Money summed in the store: rounded to cents (sums of floats differ in the last digits run to run). */
export const cents = (v: unknown): number => Math.round(Number(v ?? 0) * 100) / 100;

/**
 * A money field as served: exact to the penny. The store keeps what the import and the analysis computed (float
 * sums and means such as 4309.999999999998); every money field leaves the API rounded to cents, null kept.
 */
const money = (v: unknown): number | null => (v === null || v === undefined ? null : cents(v));

/** Parses a JSON text column; a broken or missing value gives `fallback`. */
export function parseJson<T>(text: unknown, fallback: T): T {
  if (typeof text !== 'string' || text === '') return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function toCustomer(n: Node): CustomerModel {
  const hasFeatures = n.recency !== null && n.recency !== undefined;
  return {
    id: String(n.id),
    country: str(n.country),
    features: hasFeatures
      ? {
          recency: num(n.recency),
          frequency: num(n.frequency),
          monetary: money(n.monetary),
          grossMonetary: money(n.grossMonetary),
          avgOrderValue: money(n.avgOrderValue),
          grossAvgOrderValue: money(n.grossAvgOrderValue),
          avgItemsPerOrder: num(n.avgItemsPerOrder),
          distinctProducts: num(n.distinctProducts),
          returnRate: num(n.returnRate),
          tenure: num(n.tenure),
          typeDiversity: num(n.typeDiversity),
        }
      : null,
    projection: n.x !== null && n.x !== undefined && n.y !== null && n.y !== undefined ? { x: Number(n.x), y: Number(n.y) } : null,
    buyer: typeof n.buyer === 'boolean' ? n.buyer : null,
  };
}

export function toSegment(n: Node): SegmentModel {
  return {
    id: String(n.id),
    runId: String(n.run ?? ''),
    rank: num0(n.rank),
    name: String(n.name ?? n.id),
    description: String(n.description ?? ''),
    naming:
      typeof n.namingRule === 'string'
        ? {
            rule: n.namingRule,
            median: { recency: num0(n.medianRecency), frequency: num0(n.medianFrequency), monetary: cents(n.medianMonetary) },
            reference: { recency: num0(n.referenceRecency), frequency: num0(n.referenceFrequency), monetary: cents(n.referenceMonetary) },
          }
        : null,
    size: num0(n.size),
    shares: { customers: num0(n.customerShare), revenue: num0(n.revenueShare) },
    metrics: {
      revenue: cents(n.revenue),
      orders: num0(n.orders),
      meanRecency: num0(n.meanRecency),
      meanFrequency: num0(n.meanFrequency),
      meanMonetary: cents(n.meanMonetary),
      avgSalesPerCustomer: cents(n.avgSalesPerCustomer),
      avgSalesPerOrder: cents(n.avgSalesPerOrder),
      ordersPerCustomer: num0(n.ordersPerCustomer),
      silhouette: num(n.silhouette),
    },
    centroidRaw: numbers(n.centroidRaw),
    centroidScaled: numbers(n.centroidScaled),
  };
}

export function toProduct(n: Node): ProductModel {
  return { id: String(n.id), description: str(n.description), type: str(n.type), variant: str(n.variant), sku: str(n.sku) };
}

export function toRule(n: Node): RuleModel {
  return {
    id: String(n.id),
    runId: String(n.run ?? ''),
    scope: String(n.scope ?? 'global'),
    antecedent: strings(n.antecedent),
    consequent: strings(n.consequent),
    support: num0(n.support),
    confidence: num0(n.confidence),
    lift: num0(n.lift),
    leverage: num0(n.leverage),
    conviction: num(n.conviction),
    count: num0(n.count),
  };
}

export function toOrder(n: Node): OrderModel {
  return {
    id: String(n.id),
    kind: n.kind === 'return' ? 'RETURN' : 'PURCHASE',
    date: String(n.date ?? ''),
    datetime: String(n.datetime ?? n.date ?? ''),
    total: cents(n.total),
    itemCount: num0(n.itemCount),
    lineCount: num0(n.lineCount),
  };
}

const REASON_KINDS = new Set<ReasonKind>(['NEIGHBOUR', 'SIMILAR_ITEM', 'RULE', 'SEGMENT', 'POPULAR']);

/** RECOMMENDED.reasons: JSON `[{kind, id, weight}]`; unknown kinds are dropped, a missing id is "global". */
export function toReasons(text: unknown): ReasonModel[] {
  const raw = parseJson<unknown[]>(text, []);
  if (!Array.isArray(raw)) return [];
  const out: ReasonModel[] = [];
  for (const r of raw) {
    if (!r || typeof r !== 'object') continue;
    const { kind, id, weight } = r as Record<string, unknown>;
    const k = String(kind ?? '').toUpperCase().replace(/-/g, '_') as ReasonKind;
    if (!REASON_KINDS.has(k)) continue;
    out.push({ kind: k, id: id === null || id === undefined ? 'global' : String(id), weight: Number(weight ?? 0) });
  }
  return out;
}

const RUN_STATUS: Record<string, RunStatus> = { running: 'RUNNING', completed: 'COMPLETED', failed: 'FAILED' };

export function toRun(n: Node): AnalysisRunModel {
  const timings = parseJson<Record<string, number>>(n.timings, {});
  const sweep = parseJson<Record<string, unknown>[]>(n.kSweep, []);
  return {
    id: String(n.id),
    status: RUN_STATUS[String(n.status)] ?? 'FAILED',
    params: parseJson<unknown>(n.params, null),
    startedAt: String(n.startedAt ?? ''),
    finishedAt: str(n.finishedAt),
    stage: str(n.stage),
    progress: null,
    timings: timings && typeof timings === 'object' && !Array.isArray(timings)
      ? Object.entries(timings).map(([stage, ms]) => ({ stage, ms: Number(ms) }))
      : [],
    kSweep: Array.isArray(sweep)
      ? sweep.map((p) => ({ k: num0(p.k), inertia: num(p.inertia), silhouette: num(p.silhouette), daviesBouldin: num(p.daviesBouldin) }))
      : [],
    k: num(n.k),
    featureNames: strings(n.featureNames),
    defaultModel: str(n.defaultModel),
    modelSettings: parseJson<unknown>(n.modelSettings, null),
    error: str(n.error),
  };
}

export function toEvaluation(n: Node): EvaluationModel {
  const models = parseJson<Record<string, unknown>[]>(n.models, []);
  return {
    id: String(n.id),
    createdAt: String(n.createdAt ?? ''),
    cutoff: String(n.cutoff ?? ''),
    top: num0(n.top),
    users: num0(n.users),
    defaultModel: str(n.defaultModel),
    models: Array.isArray(models)
      ? models.map((m) => ({
          name: String(m.name ?? ''),
          settings: m.settings ?? null,
          precision: num(m.precision),
          recall: num(m.recall),
          ndcg: num(m.ndcg),
          ndcgStdError: num(m.ndcgStdError),
          ndcgVsDefault: num(m.ndcgVsDefault),
          ndcgVsDefaultStdError: num(m.ndcgVsDefaultStdError),
          hitRate: num(m.hitRate),
          map: num(m.map),
          coverage: num(m.coverage),
        }))
      : [],
  };
}

export function toFunnel(rows: unknown): FunnelStepModel[] {
  const list = typeof rows === 'string' ? parseJson<unknown[]>(rows, []) : rows;
  if (!Array.isArray(list)) return [];
  return list.map((r) => {
    const f = r as Record<string, unknown>;
    return {
      step: String(f.step ?? ''),
      removed: num0(f.removed),
      rows: num0(f.rows),
      customers: num0(f.customers),
      products: num0(f.products),
      orders: num0(f.orders),
    };
  });
}

/** An Import node (see the `imports` query). */
export function toImportReport(r: Row): ImportReportModel {
  return {
    id: String(r.id),
    file: String(r.file ?? ''),
    format: str(r.format),
    importedAt: str(r.importedAt),
    alreadyImported: false,
    rows: num0(r.rows),
    lineItems: num0(r.lineItems),
    returnLines: num0(r.returnLines),
    customers: num0(r.customers),
    products: num0(r.products),
    orders: num0(r.orders),
    funnel: toFunnel(r.funnel),
    readMs: null,
    writeMs: null,
  };
}
