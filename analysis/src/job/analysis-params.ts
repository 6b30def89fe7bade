/**
 * The analysis job's parameters, validated with readable errors (the CLI,
 * the GraphQL mutation and tests share this one definition).
 */
import { z } from 'zod';
import { MODEL_NAMES } from './recommendation-models.js';

/** A number from the command line ("3") or GraphQL (3); anything else is refused with `error`. */
const whole = (min: number, max: number) => {
  const error = max === Infinity ? `must be a whole number ≥ ${min}` : `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};

export const analysisParamsSchema = z.object({
  k: z.union([z.literal('auto'), whole(2, 20)], { error: 'must be auto or a whole number from 2 to 20' }).default(4),
  seed: whole(0, Infinity).default(42),
  features: z.enum(['rfm', 'extended'], { error: 'must be rfm or extended' }).default('rfm'),
  minSupport: z.coerce
    .number({ error: 'must be a number above 0, at most 1' })
    .gt(0, { error: 'must be a number above 0, at most 1' })
    .max(1, { error: 'must be a number above 0, at most 1' })
    .default(0.02),
  minConfidence: z.coerce
    .number({ error: 'must be a number from 0 to 1' })
    .min(0, { error: 'must be a number from 0 to 1' })
    .max(1, { error: 'must be a number from 0 to 1' })
    .default(0.3),
  maxLen: whole(2, 5).default(3),
  neighbours: whole(1, 200).default(20),
  recommendations: whole(1, 200).default(20),
  /** Model written as RECOMMENDED; defaults to the one chosen by the validation evaluation. */
  model: z.enum(MODEL_NAMES, { error: `must be one of ${MODEL_NAMES.join(', ')}` }).optional(),
});

export type AnalysisParams = z.infer<typeof analysisParamsSchema>;
/** What callers may pass: values are checked at run time, so the model is any string until then. */
export type AnalysisParamsInput = Omit<z.input<typeof analysisParamsSchema>, 'model'> & { model?: string };

export class AnalysisParamsError extends Error {
  constructor(
    message: string,
    /** The first parameter refused, as GraphQL spells it (`minSupport`). */
    readonly parameter: string,
  ) {
    super(message);
  }
}

/**
 * The one check of analysis parameters, for every way in: the command line
 * (strings, before it runs or sends anything), the runAnalysis mutation and
 * the job itself. Numbers may come as numbers or as their digits; anything
 * else is refused with a message naming the parameter and the value given.
 */
export function parseAnalysisParams(input: AnalysisParamsInput = {}): AnalysisParams {
  const parsed = analysisParamsSchema.safeParse(input);
  if (!parsed.success) {
    const given = input as Record<string, unknown>;
    const keys = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
    const problems = keys.map(
      (key) =>
        `${optionName(key)} ${parsed.error.issues.find((i) => String(i.path[0]) === key)!.message}, not ${JSON.stringify(given[key])}`,
    );
    throw new AnalysisParamsError(`invalid analysis parameters: ${problems.join('; ')}`, keys[0]);
  }
  return parsed.data;
}

/** A parameter as GraphQL and as the command line spell it: `minSupport (--min-support)`. */
function optionName(key: string): string {
  return `${key} (--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)})`;
}
