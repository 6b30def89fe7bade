export * from './import/import-file.js';
export { ImportError } from './import/import-error.js';
export { FORMAT_NAMES, type FormatName } from './import/formats.js';
export { DEFAULT_CLEANING_RULES, type CleaningRules } from './import/cleaning-rules.js';
export type { FunnelRow } from './import/funnel.js';
export * from './analysis/job/run-analysis.js';
export { parseAnalysisParams, AnalysisParamsError, type AnalysisParams, type AnalysisParamsInput } from './analysis/job/analysis-params.js';
export { MODEL_NAMES, type ModelName } from './analysis/job/recommendation-models.js';
export { runEvaluation, EvaluationError, type EvaluationReport, type ModelScore } from './analysis/evaluation/run-evaluation.js';
