/**
 * Amendment 3 of the recommender selection (bench/results/recommender-selection.md):
 * the denoising generalisation of EASE (EDLAE / DLAE, Steck 2020) and EASE-N at
 * 2,500 products on the same four rolling-origin folds (nothing on or after
 * 2011-09-09 is read). Prints every setting's fold NDCG@10 at every half-life,
 * then the fold-best setting per form and size: the amendment's finalists.
 *
 *   npx tsx bench/ease-denoising-folds.ts [--data path] [--json bench/results/ease-denoising-folds.json]
 *
 * ≈ 10 min on this 2-core machine (≈ 230 dense inverses of 1,500 to ≈ 3,300 products).
 */
import { writeFileSync } from 'node:fs';
import { trainSegments } from '../analysis/src/evaluation/train-segments.js';
import { EaseRecommender, type EaseForm } from '../analysis/src/recommend/ease.js';
import { loadOnlineRetailDataset } from './lib/load-online-retail.js';
import { FULL_DATA } from './lib/measure.js';
import { FOLDS, HALF_LIVES, TIE, ndcgPerHalfLife, prepareFolds } from './lib/recommender-selection.js';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dataPath = option('--data') ?? FULL_DATA;
const jsonPath = option('--json');

type Form = 'ease' | 'edlae' | 'dlae';
interface EaseSetting {
  readonly form: Form;
  readonly n: number;
  readonly lambda: number;
  readonly dropout: number;
}
const SIZES = [1500, 2500, Infinity];

/** The amendment's grid (EASE at 1,500 and all products was scored by the original grid). */
function grid(): EaseSetting[] {
  const out: EaseSetting[] = [];
  for (const lambda of [100, 300, 1000]) out.push({ form: 'ease', n: 2500, lambda, dropout: 0 });
  for (const form of ['edlae', 'dlae'] as const)
    for (const n of SIZES)
      for (const dropout of [0.1, 0.25, 0.5]) for (const lambda of [30, 100, 300]) out.push({ form, n, lambda, dropout });
  return out;
}

const key = (s: EaseSetting) => `${s.form}(n=${s.n},l=${s.lambda},p=${s.dropout})`;
const model = (s: EaseSetting) =>
  new EaseRecommender({
    lambda: s.lambda,
    maxProducts: Number.isFinite(s.n) ? s.n : undefined,
    dropout: s.dropout,
    form: (s.form === 'dlae' ? 'dlae' : 'ease') satisfies EaseForm,
    profile: 'values',
  });
const fmt = (x: number) => x.toFixed(4);
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

const ds = await loadOnlineRetailDataset(dataPath);
const folds = prepareFolds(ds, (cutoffDay) => trainSegments(ds, cutoffDay, { k: 5, seed: 7 }));
const settings = grid();
/** key → half-life → NDCG@10 per fold. */
const scores = new Map<string, number[][]>(settings.map((s) => [key(s), HALF_LIVES.map(() => [] as number[])]));
const t0 = performance.now();
folds.forEach((fd, f) => {
  for (const s of settings) {
    const t = performance.now();
    const perH = ndcgPerHalfLife(model(s), fd);
    perH.forEach((v, i) => (scores.get(key(s))![i][f] = v));
    console.log(
      `${fd.fold.name} ${key(s)}  ${perH.map((v, i) => `h=${HALF_LIVES[i]}: ${fmt(v)}`).join('  ')}  (${((performance.now() - t) / 1000).toFixed(1)} s)`,
    );
  }
});
console.log(`\nfolds done in ${((performance.now() - t0) / 60000).toFixed(1)} min`);

interface Row {
  readonly setting: EaseSetting;
  readonly halfLifeDays: number;
  readonly folds: number[];
  readonly mean: number;
}
const rows: Row[] = settings.flatMap((s) =>
  HALF_LIVES.map((h, i) => {
    const perFold = scores.get(key(s))![i];
    return { setting: s, halfLifeDays: h, folds: perFold, mean: mean(perFold) };
  }),
);

console.log('\n## Best setting per form, size and half-life (mean fold NDCG@10)\n');
console.log(`| form | N | ${HALF_LIVES.map((h) => `h = ${h}`).join(' | ')} |`);
console.log(`| --- | --- | ${HALF_LIVES.map(() => '---').join(' | ')} |`);
const finalists: Row[] = [];
for (const form of ['ease', 'edlae', 'dlae'] as const) {
  for (const n of SIZES) {
    const candidates = rows.filter((r) => r.setting.form === form && r.setting.n === n);
    if (candidates.length === 0) continue;
    const cells = HALF_LIVES.map((h) => {
      const best = candidates.filter((r) => r.halfLifeDays === h).sort((a, b) => b.mean - a.mean)[0];
      return `${fmt(best.mean)} (λ=${best.setting.lambda}${best.setting.dropout ? `, p=${best.setting.dropout}` : ''})`;
    });
    console.log(`| ${form} | ${n} | ${cells.join(' | ')} |`);
    // Fold-best setting; ties (|Δ| < TIE) → larger λ (the protocol's order: smaller N is per row already).
    const sorted = candidates.slice().sort((a, b) => b.mean - a.mean);
    const top = sorted.filter((r) => sorted[0].mean - r.mean < TIE).sort((a, b) => b.setting.lambda - a.setting.lambda)[0];
    finalists.push(top);
  }
}
console.log('\n## Finalists (fold-best per form and size)\n');
console.log('| finalist | F1 | F2 | F3 | F4 | mean |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of finalists) console.log(`| h=${r.halfLifeDays} ${key(r.setting)} | ${r.folds.map(fmt).join(' | ')} | ${fmt(r.mean)} |`);
console.log(`\nfolds: ${FOLDS.map((f) => f.name).join(', ')}; users ${folds.map((fd) => fd.split.users.length).join(' / ')}`);

if (jsonPath) {
  const finite = (n: number) => (Number.isFinite(n) ? n : 'all');
  writeFileSync(
    jsonPath,
    JSON.stringify(
      {
        folds: FOLDS,
        rows: rows.map((r) => ({
          ...r.setting,
          n: finite(r.setting.n),
          halfLifeDays: finite(r.halfLifeDays),
          folds: r.folds,
          mean: r.mean,
        })),
        finalists: finalists.map((r) => ({ ...r.setting, n: finite(r.setting.n), halfLifeDays: finite(r.halfLifeDays), mean: r.mean })),
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`wrote ${jsonPath}`);
}
