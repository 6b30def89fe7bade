// Worker bootstrap: the analysis sources are TypeScript, so register tsx in this thread first.
import { register } from 'tsx/esm/api';

register();
await import('./evaluation-worker.ts');
