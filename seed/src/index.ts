export * from './import/import-file.js';
export { ImportError } from './import/import-error.js';
export { FORMAT_NAMES, type FormatName } from './import/formats.js';
export { DEFAULT_CLEANING_RULES, type CleaningRules } from './import/cleaning-rules.js';
export type { FunnelRow } from './import/funnel.js';
export { generateExport, type GenerateReport } from './generate/write-export.js';
export type { SynthesizeOptions } from './generate/synthesize.js';
