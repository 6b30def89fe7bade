/**
 * Rolling-origin selection of the default recommender (protocol:
 * bench/results/recommender-selection.md). Everything here reads only orders
 * before 2011-09-09; the real split lives in bench/evaluate-models.ts.
 *
 * Speed trick: every candidate fits its structure (similarities, walk, Gram)
 * on the binary purchase pattern and reads the matrix values only when
 * scoring (`profile: 'values'`), so one fit serves every recency half-life:
 * the values of the train matrix are swapped in place between half-lives.
 * Popularity sums the values at fit time and is refitted per half-life.
 * `checkDefaultOnFolds` re-runs the built default through `evaluate` to show
 * that this gives the same numbers as fitting the recency-wrapped model.
 *
 * The pieces: selection/folds.ts (folds and scoring on them),
 * selection/candidates.ts (grid and configurations), selection/stages.ts
 * (stages 1, 2, 2b and the ranking), selection/production-time.ts (timing and
 * the budget walk).
 */
export * from './selection/candidates.js';
export * from './selection/folds.js';
export * from './selection/production-time.js';
export * from './selection/stages.js';
