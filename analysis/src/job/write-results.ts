/**
 * Writes one analysis run's results, every row tagged with the run id (the
 * store decides the transactions: see `GraphStore.publishRun`), and the
 * customer features, which change in the transaction that makes the run current.
 */
import { CUSTOMER_FEATURE_COLUMNS, storeRow, type GraphWriter } from '@basketgraph/cypher';
import type { TopKNeighbours } from '../algorithms/cosine-topk.js';
import { segmentId } from './compute-segments.js';
import { ruleId, type AnalysisOutput, type PublishableOutput } from './analysis-output.js';
import { recommendationCount, recommendationRecords } from './recommendation-columns.js';
import { customerListsRows } from './customer-lists.js';

/**
 * The customers (dataset numbers) in the order the store lists them (`customer-ids`). The per-customer edges are
 * written in that order: the embedded store appends a staged table's edges in transactions of bounded size, and
 * each transaction rewrites the node groups its start nodes fall in. In sorted-id order, which is not the order
 * the import created the customers in, every transaction touched every node group: at 30× the bundled data the
 * RECOMMENDED transactions grew slower one after the other and the last ones overflowed a 1 GiB buffer pool.
 */
async function storeOrder(w: GraphWriter, ids: readonly string[]): Promise<Int32Array> {
  const number = new Map(ids.map((id, i) => [id, i]));
  const order = new Int32Array(ids.length);
  const placed = new Uint8Array(ids.length);
  let n = 0;
  for (const r of await w.query<{ id: string }>('customer-ids')) {
    const i = number.get(String(r.id));
    if (i === undefined || placed[i]) continue;
    placed[i] = 1;
    order[n++] = i;
  }
  for (let i = 0; i < ids.length; i++) if (!placed[i]) order[n++] = i;
  return order;
}

/** Rows per `customer-features-update` statement. */
const FEATURE_BATCH = 5_000;

/** The pairs of every row's neighbour list, rows taken in `order` (default: row order). */
function* neighbourPairs(ids: string[], nb: TopKNeighbours, order?: Int32Array) {
  for (let i = 0; i < ids.length; i++) {
    const r = order ? order[i] : i;
    for (let p = nb.indptr[r], rank = 1; p < nb.indptr[r + 1]; p++, rank++) {
      yield { r, p, from: ids[r], to: ids[nb.neighbours[p]], score: nb.scores[p], rank };
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
      const value =
        c.name === 'x'
          ? segmentation.projection[2 * i]
          : c.name === 'y'
            ? segmentation.projection[2 * i + 1]
            : features[c.name as keyof typeof features][i as never];
      row[c.name] = c.type === 'INT64' ? String(Math.round(value as number)) : String(value);
    }
    return row;
  });
}

/**
 * The customer features (properties of `Customer`, one value per customer rather than per run): written in
 * the transaction that makes the run current, so they always belong to the current run's segments.
 */
export async function writeCustomerFeatures(tx: GraphWriter, out: PublishableOutput): Promise<void> {
  const rows = featureRows(out);
  for (let i = 0; i < rows.length; i += FEATURE_BATCH)
    await tx.query('customer-features-update', { rows: rows.slice(i, i + FEATURE_BATCH) });
}

/** Writes the run's segments, memberships, neighbours, rules and recommendations; returns the recommendations. */
export async function writeResults(
  w: GraphWriter,
  out: PublishableOutput,
  progress: (message: string) => void,
): Promise<AnalysisOutput['recommendations']> {
  const { dataset, segmentation, runId: run } = out;
  progress('writing segments');
  await w.bulkLoad(
    'Segment',
    segmentation.segments.map((s) =>
      storeRow.Segment({
        ...s,
        run,
        referenceRecency: s.reference.recency,
        referenceFrequency: s.reference.frequency,
        referenceMonetary: s.reference.monetary,
      }),
    ),
  );
  await w.bulkLoad(
    { rel: 'IN_SEGMENT', from: 'Customer', to: 'Segment' },
    dataset.customers.map((c, i) =>
      storeRow.IN_SEGMENT({ from: c, to: segmentId(segmentation.assignments[i]), distance: segmentation.distances[i], run }),
    ),
  );

  progress('writing neighbours');
  const order = await storeOrder(w, dataset.customers);
  const seg = segmentation.assignments;
  const similar = out.similarCustomers;
  await w.bulkLoad(
    'SIMILAR',
    (function* () {
      // Named fields, not `{ r, p, ...e }`: a rest pattern per edge cost ≈ 1 s over 86k edges (bench/publish-rows.ts).
      for (const { r, p, from, to, score, rank } of neighbourPairs(dataset.customers, similar, order)) {
        yield storeRow.SIMILAR({
          from,
          to,
          score,
          rank,
          shared: similar.shared[p],
          sameSegment: seg[r] === seg[similar.neighbours[p]],
          run,
        });
      }
    })(),
  );
  await w.bulkLoad(
    'ALSO_BOUGHT',
    (function* () {
      for (const { from, to, score, rank } of neighbourPairs(dataset.products, out.alsoBought))
        yield storeRow.ALSO_BOUGHT({ from, to, score, rank, run });
    })(),
  );

  progress(`writing ${out.rules.length} rules`);
  await w.bulkLoad(
    'Rule',
    out.rules.map((r) => storeRow.Rule({ ...r, id: ruleId(r), run })),
  );
  await w.bulkLoad(
    'IF',
    out.rules.flatMap((r) => r.antecedent.map((p) => storeRow.IF({ from: ruleId(r), to: p, run }))),
  );
  await w.bulkLoad(
    'THEN',
    out.rules.flatMap((r) => r.consequent.map((p) => storeRow.THEN({ from: ruleId(r), to: p, run }))),
  );
  await w.bulkLoad(
    { rel: 'IN_SEGMENT', from: 'Rule', to: 'Segment' },
    out.rules.filter((r) => r.scope !== 'global').map((r) => storeRow.IN_SEGMENT({ from: ruleId(r), to: r.scope, distance: null, run })),
  );

  const recommendations = await out.recommendations;
  progress(`writing ${recommendationCount(recommendations)} recommendations`);
  await w.bulkLoad(
    'RECOMMENDED',
    // Built row by row as the store writes them, customers in the store's order: at 30× the bundled data an
    // array of all rows held ≈ 2.6M more arrays.
    (function* () {
      for (const r of recommendationRecords(dataset, recommendations, order)) {
        yield storeRow.RECOMMENDED({
          from: r.customer,
          to: r.product,
          score: r.score,
          rank: r.rank,
          model: out.defaultModel,
          reasons: r.reasons,
          run,
        });
      }
    })(),
  );
  progress('writing customer lists');
  await w.bulkLoad(
    'CustomerLists',
    (function* () {
      for (const r of customerListsRows(dataset, recommendations, similar, seg, order))
        yield storeRow.CustomerLists({ ...r, model: out.defaultModel, run });
    })(),
  );
  return recommendations;
}
