export * from './job/run-analysis.js';
export { parseAnalysisParams, AnalysisParamsError, type AnalysisParams, type AnalysisParamsInput } from './job/analysis-params.js';
export { MODEL_NAMES, type ModelName } from './job/recommendation-models.js';
export {
  runEvaluation,
  checkEvaluationOptions,
  EvaluationError,
  type CheckedEvaluationOptions,
  type EvaluationOptions,
  type EvaluationReport,
  type ModelScore,
} from './evaluation/run-evaluation.js';
export { recommendForBasket, type OnlineRecommendation } from './online/basket-recommendations.js';
export { recommendForNewCustomer, NewCustomerInputError } from './online/new-customer.js';
export type { Reason } from './job/compute-recommendations.js';
export type { RuleRecord } from './job/analysis-output.js';
export { CustomerModelHost } from './online/customer-model-host.js';
export { FITTED_CUSTOMER_MODELS, FittedCustomerModel, segmentsOf, type FittedCustomerModelName } from './online/customer-models.js';
export { evaluateNewCustomers, NEW_CUSTOMER_METHODS, type NewCustomerEvaluation } from './evaluation/new-customer-evaluation.js';
export { loadDataset } from './job/load-dataset.js';
export type { PurchaseDataset } from './dataset.js';
export * from './experiments/experiment.js';
export { assignVariant, assignmentPoint } from './experiments/assignment.js';
export { experimentReport, type ExperimentReport, type VariantReport, type Estimate, type Comparison } from './experiments/report.js';
export { simulateExperiment, type Simulation } from './experiments/simulate.js';
export * from './experiments/experiment-store.js';
