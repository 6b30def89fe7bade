/**
 * An A/B experiment over recommendation strategies: named variants, each a
 * model (or strategy) with a traffic weight, exactly one the control. The
 * definition is checked here, once, for the CLI, the API and the replay.
 */
import { MODEL_NAMES } from '../job/recommendation-models.js';

/** What a variant shows: a recommendation model, or `basket-rules` (rules + ALSO_BOUGHT fired by the customer's last order). */
export const STRATEGIES = [...MODEL_NAMES, 'basket-rules'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export interface Variant {
  /** Unique within the experiment, e.g. `control`, `B`. */
  readonly name: string;
  readonly strategy: Strategy;
  /** Share of traffic, relative to the other variants' weights (> 0). */
  readonly weight: number;
  readonly control: boolean;
}

export type ExperimentStatus = 'draft' | 'running' | 'stopped' | 'replay';

export interface Experiment {
  readonly id: string;
  readonly name: string;
  readonly status: ExperimentStatus;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly stoppedAt: string | null;
  /** Days after an exposure in which an order with an exposed product counts as a conversion. */
  readonly attributionDays: number;
  readonly variants: readonly Variant[];
}

/** A definition the experiment cannot run with; `argument` names what to change. */
export class ExperimentError extends Error {
  constructor(
    message: string,
    readonly argument: 'id' | 'name' | 'variants' | 'attributionDays' | 'experiment' | 'customer' | 'events' = 'variants',
  ) {
    super(message);
  }
}

export interface VariantInput {
  name?: string | null;
  strategy: string;
  weight?: number | null;
  control?: boolean | null;
}

/**
 * Checked variants: ≥ 2, unique names, known strategies, finite weights > 0,
 * exactly one control (the first variant when none is marked).
 */
export function checkVariants(inputs: readonly VariantInput[]): Variant[] {
  if (inputs.length < 2) throw new ExperimentError(`an experiment needs at least two variants, got ${inputs.length}`);
  const controls = inputs.filter((v) => v.control).length;
  if (controls > 1) throw new ExperimentError(`exactly one variant is the control, ${controls} are marked`);
  const variants = inputs.map((v, i): Variant => {
    const name = (v.name ?? '').trim() || (i === 0 ? 'control' : String.fromCharCode(65 + i));
    if (!(STRATEGIES as readonly string[]).includes(v.strategy)) {
      throw new ExperimentError(`variant "${name}": unknown strategy "${v.strategy}" (the strategies: ${STRATEGIES.join(', ')})`);
    }
    const weight = v.weight ?? 1;
    if (!Number.isFinite(weight) || weight <= 0)
      throw new ExperimentError(`variant "${name}": weight must be a number above 0, not ${weight}`);
    return { name, strategy: v.strategy as Strategy, weight, control: controls === 0 ? i === 0 : !!v.control };
  });
  const names = new Set<string>();
  for (const v of variants) {
    if (names.has(v.name)) throw new ExperimentError(`two variants are named "${v.name}"`);
    names.add(v.name);
  }
  return variants;
}

/** `default,popularity` or `control=default:1,B=popularity:2` → variant inputs (the first is the control). */
export function parseVariantList(text: string): VariantInput[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [left, weight] = part.split(':');
      const [name, strategy] = left.includes('=') ? left.split('=') : [left, left];
      const w = weight === undefined ? 1 : Number(weight);
      return { name, strategy, weight: w };
    });
}
