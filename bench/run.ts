/** npm run bench: every benchmark, results in bench/results/. */
import { benchImport } from './import.js';
import { benchAnalyze } from './analyze.js';

benchImport();
benchAnalyze();
