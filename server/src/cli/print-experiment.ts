/** The experiment report as a terminal table (basketgraph experiment report|simulate). */
import type { Comparison, Estimate, Experiment, ExperimentReport } from '@basketgraph/analysis';
import { formatTable } from './print-table.js';

const pct = (x: number) => `${(100 * x).toFixed(2)} %`;
const rate = (e: Estimate) => `${pct(e.value)} [${pct(e.interval.low)}, ${pct(e.interval.high)}]`;
const money = (e: Estimate) => `${e.value.toFixed(2)} [${e.interval.low.toFixed(2)}, ${e.interval.high.toFixed(2)}]`;
const p = (x: number) => (x < 0.0001 ? '< 0.0001' : x.toFixed(4));
const diff = (c: Comparison, f: (x: number) => string) =>
  `${c.difference >= 0 ? '+' : ''}${f(c.difference)} [${f(c.interval.low)}, ${f(c.interval.high)}] p ${p(c.pValue)}`;

export function formatExperimentReport(
  experiment: Pick<Experiment, 'id' | 'name' | 'status' | 'attributionDays'>,
  report: ExperimentReport,
): string {
  const lines = [
    `experiment ${experiment.id} (${experiment.name}), ${experiment.status}, attribution window ${experiment.attributionDays} days`,
  ];
  lines.push(
    formatTable(
      ['variant', 'strategy', 'weight', 'assigned', 'exposed', 'CTR [95 %]', 'conversion [95 %]', 'revenue / exposed [95 %]'],
      report.variants.map((v) => ({
        variant: v.control ? `${v.name} (control)` : v.name,
        strategy: v.strategy,
        weight: String(v.weight),
        assigned: String(v.assigned),
        exposed: String(v.exposed),
        'CTR [95 %]': rate(v.clickThroughRate),
        'conversion [95 %]': rate(v.conversionRate),
        'revenue / exposed [95 %]': money(v.revenuePerExposed),
      })),
    ),
  );
  const others = report.variants.filter((v) => v.vsControl);
  if (others.length > 0) {
    lines.push('difference from the control [95 %], p-value (rates: two-proportion z-test, Newcombe interval; revenue: Welch t-test)');
    lines.push(
      formatTable(
        ['variant', 'CTR', 'conversion', 'revenue / exposed'],
        others.map((v) => ({
          variant: v.name,
          CTR: diff(v.vsControl!.clickThroughRate, pct),
          conversion: diff(v.vsControl!.conversionRate, pct),
          'revenue / exposed': diff(v.vsControl!.revenuePerExposed, (x) => x.toFixed(2)),
        })),
      ),
    );
  }
  const srm = report.sampleRatio;
  lines.push(
    `sample ratio: chi-square ${srm.chiSquare.toFixed(2)} (${srm.df} df), p ${p(srm.pValue)} — ${srm.mismatch ? 'MISMATCH: the assignment is broken, do not trust the differences' : 'no mismatch'}`,
  );
  lines.push(
    report.sampleSizePerVariant === null
      ? `sample size: undefined until the control converts`
      : `sample size to detect a ${(100 * report.lift).toFixed(0)} % relative lift of the control's conversion rate (α 0.05, power 0.8): ${report.sampleSizePerVariant.toLocaleString('en')} exposed customers per variant`,
  );
  return lines.join('\n') + '\n';
}
