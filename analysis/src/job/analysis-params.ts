/**
 * The analysis job's parameters, validated with readable errors (the CLI,
 * the GraphQL mutation and tests share this one definition).
 */
import { z } from 'zod';
import { MODEL_NAMES } from './recommendation-models.js';

export const analysisParamsSchema = z.object({
  k: z.union([z.literal('auto'), z.coerce.number().int().min(2).max(20)]).default(4),
  seed: z.coerce.number().int().min(0).default(42),
  features: z.enum(['rfm', 'extended']).default('rfm'),
  minSupport: z.coerce.number().gt(0).max(1).default(0.02),
  minConfidence: z.coerce.number().min(0).max(1).default(0.3),
  maxLen: z.coerce.number().int().min(2).max(5).default(3),
  neighbours: z.coerce.number().int().min(1).max(200).default(20),
  recommendations: z.coerce.number().int().min(1).max(200).default(20),
  /** Model written as RECOMMENDED; defaults to the one chosen by the validation evaluation. */
  model: z.enum(MODEL_NAMES).optional(),
});

export type AnalysisParams = z.infer<typeof analysisParamsSchema>;
/** What callers may pass: values are checked at run time, so the model is any string until then. */
export type AnalysisParamsInput = Omit<z.input<typeof analysisParamsSchema>, 'model'> & { model?: string };

export class AnalysisParamsError extends Error {}

export function parseAnalysisParams(input: AnalysisParamsInput = {}): AnalysisParams {
  const parsed = analysisParamsSchema.safeParse(input);
  if (!parsed.success) {
    throw new AnalysisParamsError(
      `invalid analysis parameters: ${parsed.error.issues.map((i) => `${optionName(String(i.path[0]))}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

/** A parameter as GraphQL and as the command line spell it: `minSupport (--min-support)`. */
function optionName(key: string): string {
  return `${key} (--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)})`;
}
