/**
 * Runs the analysis job in the background for the `runAnalysis` mutation:
 * one run at a time (a second is refused), progress kept in memory for
 * `latestRun`/`run(id)`, and the job's publish step given the gate's
 * exclusive hold so no response mixes two runs' results.
 */
import type { GraphStore } from '@basketgraph/cypher';
import type { AnalysisParamsInput, AnalysisProgress, AnalysisRunSummary, RunAnalysisOptions } from '@basketgraph/analysis';
import type { ReadWriteGate } from '../gate/rw-gate.js';
import type { AnalysisRunModel } from '../graphql/data/models.js';

/**
 * The analysis job as the runner calls it: the analysis package's `runAnalysis`, or a test's stand-in.
 * The runner always passes the gate's exclusive hold and the run id.
 */
export type AnalysisJob = (
  store: GraphStore,
  params: AnalysisParamsInput,
  options: RunAnalysisOptions & Required<Pick<RunAnalysisOptions, 'exclusive' | 'runId'>>,
) => Promise<AnalysisRunSummary>;

export class BusyError extends Error {}

let lastId = '';
/** `run-YYYYMMDD-HHMMSS` (as the analysis job names runs), made unique within this process. */
export function newRunId(now = new Date()): string {
  let id = `run-${now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}`;
  if (id <= lastId) id = `${lastId.slice(0, 19)}-${Number(lastId.slice(20) || 1) + 1}`;
  lastId = id;
  return id;
}

export class AnalysisRunner {
  private active: AnalysisRunModel | null = null;
  private last: AnalysisRunModel | null = null;
  private work: Promise<void> = Promise.resolve();
  private otherWork: string | null = null;

  constructor(
    private readonly store: GraphStore,
    private readonly gate: ReadWriteGate,
    private readonly job: AnalysisJob,
    private readonly log: (message: string) => void = () => {},
  ) {}

  /** The run in progress, else the last run this server started (completed or failed). */
  get current(): AnalysisRunModel | null {
    return this.active ?? this.last;
  }

  get busy(): string | null {
    if (this.active) return `an analysis run is in progress (${this.active.id}, stage ${this.active.stage ?? 'starting'})`;
    return this.otherWork;
  }

  /** Starts a run in the background; refuses while another run or an import is going on. */
  start(params: AnalysisParamsInput): AnalysisRunModel {
    const busy = this.busy;
    if (busy) throw new BusyError(`refused: ${busy}; wait for it to finish (see latestRun)`);
    const run: AnalysisRunModel = {
      id: newRunId(),
      status: 'RUNNING',
      params,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      stage: 'starting',
      progress: 0,
      timings: [],
      kSweep: [],
      k: null,
      featureNames: [],
      defaultModel: null,
      modelSettings: null,
      error: null,
    };
    this.active = run;
    this.work = (async () => {
      try {
        const summary = await this.job(this.store, params, {
          onProgress: (p: AnalysisProgress) => {
            run.stage = p.stage;
            run.progress = Math.max(0, Math.min(1, p.fraction));
          },
          exclusive: (fn) => this.gate.exclusive(fn),
          runId: run.id,
          worker: true,
        });
        run.id = summary.id;
        run.k = summary.k;
        run.defaultModel = summary.defaultModel;
        run.timings = Object.entries(summary.timings).map(([stage, ms]) => ({ stage, ms }));
        run.status = 'COMPLETED';
        run.progress = 1;
        run.stage = 'done';
      } catch (e) {
        run.status = 'FAILED';
        run.error = e instanceof Error ? e.message : String(e);
        this.log(`analysis run ${run.id} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      } finally {
        run.finishedAt = new Date().toISOString();
        this.last = run;
        this.active = null;
      }
    })();
    return { ...run };
  }

  /** Runs other graph-changing work (an import) unless a run or another import is going on. */
  async exclusiveWork<T>(what: string, work: () => Promise<T>): Promise<T> {
    const busy = this.busy;
    if (busy) throw new BusyError(`refused: ${busy}; try again when it has finished`);
    this.otherWork = what;
    try {
      return await work();
    } finally {
      this.otherWork = null;
    }
  }

  /** Resolves when the current run (if any) has finished. */
  whenIdle(): Promise<void> {
    return this.work;
  }
}
