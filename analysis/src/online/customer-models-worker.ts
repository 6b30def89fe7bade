/**
 * Worker-thread entry of the customer model host: keeps the dataset (and the
 * graph's segments) it was given, fits each model on its first request
 * (seconds for EASE), answers batches of customers, or a segment's list for a
 * new customer. One message at a time, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PurchaseDataset } from '../dataset.js';
import { FittedCustomerModel, type FittedCustomerModelName } from './customer-models.js';
import type { OnlineRecommendation } from './basket-recommendations.js';

export type CustomerModelsRequest =
  | { id: number; model: FittedCustomerModelName; customers: string[]; n: number }
  | { id: number; model: FittedCustomerModelName; segment: number; n: number };

export type CustomerModelsReply = { id: number; lists: (OnlineRecommendation[] | null)[] } | { id: number; error: string };

const { dataset, segments } = workerData as { dataset: PurchaseDataset; segments: Int32Array };
const fitted = new Map<FittedCustomerModelName, FittedCustomerModel>();

parentPort!.on('message', (req: CustomerModelsRequest) => {
  try {
    let model = fitted.get(req.model);
    if (!model) fitted.set(req.model, (model = new FittedCustomerModel(dataset, req.model, segments)));
    const lists = 'segment' in req ? [model.recommendForSegment(req.segment, req.n)] : req.customers.map((c) => model.recommend(c, req.n));
    parentPort!.postMessage({ id: req.id, lists } satisfies CustomerModelsReply);
  } catch (e) {
    parentPort!.postMessage({ id: req.id, error: e instanceof Error ? e.message : String(e) } satisfies CustomerModelsReply);
  }
});
