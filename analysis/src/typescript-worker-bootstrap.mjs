// Worker bootstrap (see typescript-worker.ts): register tsx in this thread, then load the entry the parent named.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
