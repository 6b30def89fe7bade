/**
 * Publishes one analysis run: in a single transaction, delete the previous
 * run's results and write the new ones, so readers see either all of the old
 * run or all of the new one.
 */
import { ANALYSIS_NODE_TABLES, ANALYSIS_REL_TABLES, CUSTOMER_FEATURE_COLUMNS, type GraphWriter } from '@basketgraph/cypher';
import type { TopKNeighbours } from '../algorithms/cosine-topk.js';
import { segmentId } from './compute-segments.js';
import { ruleId, type AnalysisOutput, type PublishableOutput } from './analysis-output.js';


function* neighbourRows(ids: string[], nb: TopKNeighbours, extra: (a: number, b: number) => unknown[] = () => []) {
  for (let r = 0; r < ids.length; r++) {
    for (let p = nb.indptr[r], rank = 1; p < nb.indptr[r + 1]; p++, rank++) {
      yield [ids[r], ids[nb.neighbours[p]], nb.scores[p], rank, ...extra(r, p)];
    }
  }
}

/** Feature rows for `customer-features-update` (values as strings, '' for "not applicable": see the query's header). */
function featureRows(out: PublishableOutput): Record<string, string>[] {
  const { dataset, features, segmentation } = out;
  return dataset.customers.map((id, i) => {
    const row: Record<string, string> = { id };
    for (const c of CUSTOMER_FEATURE_COLUMNS) {
      if (c.name === 'typeDiversity' && !features.hasProductTypes) {
        row[c.name] = '';
        continue;
      }
      const value = c.name === 'x' ? segmentation.projection[2 * i] : c.name === 'y' ? segmentation.projection[2 * i + 1] : features[c.name as keyof typeof features][i as never];
      row[c.name] = c.type === 'INT64' ? String(Math.round(value as number)) : String(value);
    }
    return row;
  });
}

/** Returns the recommendations it wrote. */
export async function writeResults(tx: GraphWriter, out: PublishableOutput, progress: (message: string) => void): Promise<AnalysisOutput['recommendations']> {
  const { dataset, segmentation } = out;
  progress('removing the previous results');
  await tx.clearTables([...ANALYSIS_REL_TABLES, ...ANALYSIS_NODE_TABLES]);

  progress('writing customer features and segments');
  const rows = featureRows(out);
  for (let i = 0; i < rows.length; i += 5_000) await tx.query('customer-features-update', { rows: rows.slice(i, i + 5_000) });
  await tx.bulkLoad(
    'Segment',
    segmentation.segments.map((s) => [
      s.id, out.runId, s.rank, s.name, s.description, s.size, s.customerShare, s.revenue, s.revenueShare, s.orders,
      s.meanRecency, s.meanFrequency, s.meanMonetary, s.avgSalesPerCustomer, s.avgSalesPerOrder, s.ordersPerCustomer,
      s.centroidRaw, s.centroidScaled, s.silhouette,
      s.medianRecency, s.medianFrequency, s.medianMonetary, s.reference.recency, s.reference.frequency, s.reference.monetary, s.namingRule,
    ]),
  );
  await tx.bulkLoad(
    { rel: 'IN_SEGMENT', from: 'Customer', to: 'Segment' },
    dataset.customers.map((c, i) => [c, segmentId(segmentation.assignments[i]), segmentation.distances[i]]),
  );

  progress('writing neighbours');
  const seg = segmentation.assignments;
  await tx.bulkLoad('SIMILAR', neighbourRows(dataset.customers, out.similarCustomers, (r, p) => [
    out.similarCustomers.shared[p],
    seg[r] === seg[out.similarCustomers.neighbours[p]],
  ]));
  await tx.bulkLoad('ALSO_BOUGHT', neighbourRows(dataset.products, out.alsoBought));

  progress(`writing ${out.rules.length} rules`);
  await tx.bulkLoad(
    'Rule',
    out.rules.map((r) => [ruleId(r), out.runId, r.scope, r.antecedent, r.consequent, r.support, r.confidence, r.lift, r.leverage, r.conviction, r.count]),
  );
  await tx.bulkLoad('IF', out.rules.flatMap((r) => r.antecedent.map((p) => [ruleId(r), p])));
  await tx.bulkLoad('THEN', out.rules.flatMap((r) => r.consequent.map((p) => [ruleId(r), p])));
  await tx.bulkLoad(
    { rel: 'IN_SEGMENT', from: 'Rule', to: 'Segment' },
    out.rules.filter((r) => r.scope !== 'global').map((r) => [ruleId(r), r.scope, null]),
  );

  const recommendations = await out.recommendations;
  progress(`writing ${recommendations.length} recommendations`);
  await tx.bulkLoad(
    'RECOMMENDED',
    recommendations.map((r) => [r.customer, r.product, r.score, r.rank, out.defaultModel, r.reasons]),
  );
  return recommendations;
}
