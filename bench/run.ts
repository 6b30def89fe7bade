/** npm run bench: every benchmark, results in bench/results/. */
import { benchImport } from './import.js';

benchImport();
