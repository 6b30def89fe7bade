/**
 * Experiments by id for the hot paths (serving, event checks): read from the
 * graph at most once per `ttlMs` per id, and forgotten at once when this
 * server changes one. Changes made by another process (the CLI) are seen
 * within `ttlMs`.
 */
import type { GraphReader } from '@basketgraph/cypher';
import { getExperiment, type Experiment } from '@basketgraph/analysis';

export class ExperimentCache {
  private readonly entries = new Map<string, { at: number; value: Promise<Experiment | null> }>();

  constructor(
    private readonly store: GraphReader,
    private readonly ttlMs = 1000,
  ) {}

  get(id: string): Promise<Experiment | null> {
    const hit = this.entries.get(id);
    const now = Date.now();
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    const value = getExperiment(this.store, id);
    this.entries.set(id, { at: now, value });
    value.catch(() => this.entries.delete(id));
    return value;
  }

  forget(id?: string): void {
    if (id === undefined) this.entries.clear();
    else this.entries.delete(id);
  }
}
