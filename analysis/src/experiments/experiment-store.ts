/**
 * Experiments in the graph: create, start, stop, read, the report from the
 * graph's events and orders, replays, and the checks an event batch must pass
 * before anything is written. The I/O edge of the experiments module.
 */
import { storeRow, type GraphReader, type GraphStore } from '@basketgraph/cypher';
import { assignVariant } from './assignment.js';
import { attributeConversions, type Exposure, type OrderLines } from './attribution.js';
import { checkVariants, ExperimentError, type Experiment, type ExperimentStatus, type Variant, type VariantInput } from './experiment.js';
import { experimentReport, type CustomerOutcome, type ExperimentReport } from './report.js';
import type { Simulation } from './simulate.js';

export const EVENT_KINDS = ['exposure', 'click', 'add-to-basket'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** `YYYY-MM-DDTHH:MM:SS` in UTC. */
export const timestamp = (d: Date) => d.toISOString().slice(0, 19);

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

function fromNode(n: Record<string, unknown>): Experiment {
  return {
    id: String(n.id),
    name: String(n.name ?? n.id),
    status: String(n.status) as ExperimentStatus,
    createdAt: String(n.createdAt),
    startedAt: (n.startedAt as string | null) ?? null,
    stoppedAt: (n.stoppedAt as string | null) ?? null,
    attributionDays: Number(n.attributionDays),
    variants: JSON.parse(String(n.variants)) as Variant[],
  };
}

export async function getExperiment(store: GraphReader, id: string): Promise<Experiment | null> {
  const [row] = await store.query<{ experiment: Record<string, unknown> }>('experiment-by-id', { id });
  return row ? fromNode(row.experiment) : null;
}

export async function listExperiments(store: GraphReader): Promise<Experiment[]> {
  return (await store.query<{ experiment: Record<string, unknown> }>('experiments')).map((r) => fromNode(r.experiment));
}

async function mustGet(store: GraphReader, id: string): Promise<Experiment> {
  const x = await getExperiment(store, id);
  if (!x) throw new ExperimentError(`there is no experiment "${id}"`, 'experiment');
  return x;
}

export interface CreateExperimentInput {
  id: string;
  name?: string | null;
  variants: readonly VariantInput[];
  attributionDays?: number | null;
}

/** A new experiment in status `draft` (start it to serve it). */
export async function createExperiment(store: GraphStore, input: CreateExperimentInput, now = new Date()): Promise<Experiment> {
  if (!ID.test(input.id)) throw new ExperimentError(`id "${input.id}" must be 1–64 letters, digits, '.', '_' or '-'`, 'id');
  const variants = checkVariants(input.variants);
  const attributionDays = input.attributionDays ?? 30;
  if (!Number.isInteger(attributionDays) || attributionDays < 1 || attributionDays > 365) {
    throw new ExperimentError(`attributionDays must be a whole number of days in 1..365, not ${attributionDays}`, 'attributionDays');
  }
  if (await getExperiment(store, input.id)) throw new ExperimentError(`an experiment "${input.id}" exists already`, 'id');
  const experiment: Experiment = {
    id: input.id,
    name: input.name?.trim() || input.id,
    status: 'draft',
    createdAt: timestamp(now),
    startedAt: null,
    stoppedAt: null,
    attributionDays,
    variants,
  };
  await store.write((tx) =>
    tx.bulkLoad('Experiment', [
      storeRow.Experiment({
        id: experiment.id,
        name: experiment.name,
        status: experiment.status,
        createdAt: experiment.createdAt,
        attributionDays,
        variants: JSON.stringify(variants),
      }),
    ]),
  );
  return experiment;
}

/** draft → running (start), running → stopped (stop); anything else is refused with the current status. */
export async function changeStatus(store: GraphStore, id: string, action: 'start' | 'stop', now = new Date()): Promise<Experiment> {
  const x = await mustGet(store, id);
  const from = action === 'start' ? 'draft' : 'running';
  if (x.status !== from)
    throw new ExperimentError(
      `experiment "${id}" is ${x.status}: only a ${from} experiment can be ${action === 'start' ? 'started' : 'stopped'}`,
      'experiment',
    );
  const next =
    action === 'start'
      ? { ...x, status: 'running' as const, startedAt: timestamp(now) }
      : { ...x, status: 'stopped' as const, stoppedAt: timestamp(now) };
  await store.write((tx) =>
    tx.query('experiment-set-status', { id, status: next.status, startedAt: next.startedAt, stoppedAt: next.stoppedAt }),
  );
  return next;
}

export interface EventInput {
  experiment: string;
  customer: string;
  kind: EventKind;
  /** Exposure: the products shown (≥ 1); click / add-to-basket: the one product. */
  products: readonly string[];
}

/** One EXPERIMENT_EVENT row: customer, experiment, kind, variant, at, products. */
export type EventRow = [string, string, EventKind, string, string, string[]];

/**
 * Checks a batch and turns it into rows, or throws naming the first bad event
 * (unknown or not-running experiment, unknown customer, wrong products) — so a
 * bad batch writes nothing. The variant is the customer's assignment, never
 * the caller's word.
 */
export async function checkEvents(
  store: GraphReader,
  events: readonly EventInput[],
  experiments: (id: string) => Promise<Experiment | null>,
  now = new Date(),
): Promise<EventRow[]> {
  const ids = [...new Set(events.map((e) => e.customer))];
  const known = new Set((await store.query<{ id: string }>('customers-known', { ids })).map((r) => r.id));
  const at = timestamp(now);
  const rows: EventRow[] = [];
  for (const [i, e] of events.entries()) {
    const where = `events[${i}]`;
    const x = await experiments(e.experiment);
    if (!x) throw new ExperimentError(`${where}: there is no experiment "${e.experiment}"`, 'events');
    if (x.status !== 'running')
      throw new ExperimentError(
        `${where}: experiment "${e.experiment}" is ${x.status}, not running: events are accepted only while it runs`,
        'events',
      );
    if (!known.has(e.customer)) throw new ExperimentError(`${where}: there is no customer "${e.customer}"`, 'events');
    if (!(EVENT_KINDS as readonly string[]).includes(e.kind))
      throw new ExperimentError(`${where}: kind must be one of ${EVENT_KINDS.join(', ')}`, 'events');
    if (e.kind === 'exposure' ? e.products.length === 0 : e.products.length !== 1) {
      throw new ExperimentError(
        `${where}: ${e.kind === 'exposure' ? 'an exposure lists the products shown' : `a ${e.kind} names exactly one product`}`,
        'events',
      );
    }
    rows.push([e.customer, x.id, e.kind, assignVariant(x.id, e.customer, x.variants).name, at, [...e.products]]);
  }
  return rows;
}

export interface StoredReport {
  readonly experiment: Experiment;
  readonly report: ExperimentReport;
  /** For a replay: how it was made. */
  readonly replay: Omit<Simulation, 'report'> | null;
}

/** The report of a live experiment, from its events and the orders imported since its first exposure. */
export async function experimentReportFromGraph(store: GraphReader, id: string, options: { lift?: number } = {}): Promise<StoredReport> {
  const [row] = await store.query<{ experiment: Record<string, unknown> }>('experiment-by-id', { id });
  if (!row) throw new ExperimentError(`there is no experiment "${id}"`, 'experiment');
  const experiment = fromNode(row.experiment);
  if (row.experiment.replay) {
    const sim = JSON.parse(String(row.experiment.replay)) as Simulation;
    const { report, ...replay } = sim;
    return { experiment, report, replay };
  }
  const events = await store.query<{ customer: string; kind: EventKind; variant: string; at: string; products: string[] }>(
    'experiment-events',
    { id },
  );
  const index = new Map(experiment.variants.map((v, i) => [v.name, i]));
  const perCustomer = new Map<string, { variant: number; exposed: boolean; clicked: boolean; added: boolean }>();
  const exposures: Exposure[] = [];
  let first: string | null = null;
  for (const e of events) {
    const c = perCustomer.get(e.customer) ?? { variant: index.get(e.variant) ?? 0, exposed: false, clicked: false, added: false };
    if (e.kind === 'exposure') {
      c.exposed = true;
      exposures.push({ customer: e.customer, at: e.at, products: e.products });
      if (first === null || e.at < first) first = e.at;
    } else if (e.kind === 'click') c.clicked = true;
    else c.added = true;
    perCustomer.set(e.customer, c);
  }
  const lines =
    first === null
      ? []
      : await store.query<OrderLines & Record<string, unknown>>('experiment-order-lines', { id, from: first.slice(0, 10) });
  const conversions = attributeConversions(exposures, lines, experiment.attributionDays);
  const outcomes: CustomerOutcome[] = [...perCustomer.entries()].map(([customer, c]) => {
    const conv = conversions.get(customer);
    return {
      variant: c.variant,
      exposed: c.exposed,
      clicked: c.clicked,
      addedToBasket: c.added,
      converted: !!conv?.converted,
      revenue: conv?.revenue ?? 0,
    };
  });
  return { experiment, report: experimentReport(experiment.variants, outcomes, options), replay: null };
}

/** Stores a replay as an Experiment (status `replay`) under `id`, replacing an earlier one. */
export async function saveReplay(
  store: GraphStore,
  input: { id: string; name?: string; variants: readonly Variant[]; simulation: Simulation },
  now = new Date(),
): Promise<Experiment> {
  if (!ID.test(input.id)) throw new ExperimentError(`id "${input.id}" must be 1–64 letters, digits, '.', '_' or '-'`, 'id');
  const existing = await getExperiment(store, input.id);
  if (existing && existing.status !== 'replay')
    throw new ExperimentError(`"${input.id}" is a live experiment: choose another id for the replay`, 'id');
  const at = timestamp(now);
  const sim = input.simulation;
  const experiment: Experiment = {
    id: input.id,
    name: input.name ?? `replay at ${sim.cutoff}`,
    status: 'replay',
    createdAt: at,
    startedAt: `${sim.cutoff}T00:00:00`,
    stoppedAt: null,
    attributionDays: sim.attributionDays,
    variants: input.variants,
  };
  await store.write(async (tx) => {
    await tx.query('experiment-delete', { id: input.id });
    await tx.bulkLoad('Experiment', [
      storeRow.Experiment({
        id: experiment.id,
        name: experiment.name,
        status: experiment.status,
        createdAt: experiment.createdAt,
        startedAt: experiment.startedAt,
        attributionDays: sim.attributionDays,
        variants: JSON.stringify(input.variants),
        replay: JSON.stringify(sim),
      }),
    ]);
  });
  return experiment;
}
