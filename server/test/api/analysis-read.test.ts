import { describe, expect, test } from 'vitest';
import { serveFabricatedGraph } from '../support/fabricated-server.js';
import { gql } from '../support/test-server.js';
import { FIXTURE_EVALUATION_MODELS } from '../support/fixture-graph.js';

const env = serveFabricatedGraph();

describe('analysis results, evaluation, stats and imports', () => {
  test('when the latest run, evaluation, stats and imports are asked for then they describe the fixture graph', async () => {
    const r = await gql(
      env.server,
      `{ latestRun { id status params startedAt finishedAt stage progress timings { stage ms } kSweep { k inertia silhouette daviesBouldin } k featureNames defaultModel modelSettings error } run(id: "run-1") { id } nope: run(id: "nope") { id } evaluation { id createdAt cutoff top users defaultModel models { name settings precision recall ndcg ndcgStdError ndcgVsDefault ndcgVsDefaultStdError hitRate map coverage } } stats { customers products orders purchaseLines returnLines imports segments rules similar recommended } imports { id file format rows lineItems returnLines customers products orders funnel { step removed rows customers products orders } } }`,
    );
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      data: {
        latestRun: {
          id: 'run-1',
          status: 'COMPLETED',
          params: {
            k: 3,
            seed: 42,
          },
          startedAt: '2026-01-01T00:00:00.000Z',
          finishedAt: '2026-01-01T00:00:00.000Z',
          stage: 'done',
          progress: null,
          timings: [
            {
              stage: 'load',
              ms: 10,
            },
            {
              stage: 'segments',
              ms: 5,
            },
          ],
          kSweep: [
            {
              k: 2,
              inertia: 100,
              silhouette: 0.4,
              daviesBouldin: 0.9,
            },
            {
              k: 3,
              inertia: 80,
              silhouette: 0.5,
              daviesBouldin: 0.8,
            },
          ],
          k: 3,
          featureNames: ['recency', 'frequency', 'monetary'],
          defaultModel: 'fixture-knn',
          modelSettings: { k: 10 },
          error: null,
        },
        run: {
          id: 'run-1',
        },
        nope: null,
        evaluation: {
          id: 'eval-run-1',
          createdAt: '2026-01-01T00:00:00.000Z',
          cutoff: '2011-09-01',
          top: 10,
          users: 120,
          defaultModel: 'fixture-knn',
          models: FIXTURE_EVALUATION_MODELS,
        },
        stats: {
          customers: 178,
          products: 1292,
          orders: 275,
          purchaseLines: 3639,
          returnLines: 69,
          imports: 1,
          segments: 3,
          rules: 34,
          similar: 867,
          recommended: 880,
        },
        imports: [
          {
            id: '72b0e31211f3941fa2d382722410ad0e2a6c56a2f4876da5ba09ea7fbcdade19',
            file: 'online-retail-5k.csv',
            format: 'online-retail',
            rows: 5000,
            lineItems: 3639,
            returnLines: 69,
            customers: 178,
            products: 1284,
            orders: 247,
            funnel: [
              {
                step: 'rows read',
                removed: 0,
                rows: 5000,
                customers: 197,
                products: 1595,
                orders: 300,
              },
              {
                step: 'missing customer id',
                removed: 1205,
                rows: 3795,
                customers: 197,
                products: 1297,
                orders: 277,
              },
              {
                step: 'cancellations (kept as returns)',
                removed: 70,
                rows: 3725,
                customers: 179,
                products: 1288,
                orders: 248,
              },
              {
                step: 'quantity or price ≤ 0',
                removed: 0,
                rows: 3725,
                customers: 179,
                products: 1288,
                orders: 248,
              },
              {
                step: 'non-product stock codes',
                removed: 7,
                rows: 3718,
                customers: 178,
                products: 1284,
                orders: 247,
              },
              {
                step: 'exact duplicate rows',
                removed: 79,
                rows: 3639,
                customers: 178,
                products: 1284,
                orders: 247,
              },
              {
                step: 'orders already in the graph',
                removed: 0,
                rows: 3639,
                customers: 178,
                products: 1284,
                orders: 247,
              },
            ],
          },
        ],
      },
    });
  });
});
