// Graph schema for the embedded store (Ladybug). Generated from cypher/src/schema.ts:
// npm run schema:write -w cypher. Do not edit by hand.

CREATE NODE TABLE IF NOT EXISTS `Customer`(id STRING, country STRING, recency INT64, frequency INT64, monetary DOUBLE, avgOrderValue DOUBLE, avgItemsPerOrder DOUBLE, distinctProducts INT64, returnRate DOUBLE, tenure INT64, typeDiversity DOUBLE, x DOUBLE, y DOUBLE, grossMonetary DOUBLE, grossAvgOrderValue DOUBLE, buyer BOOLEAN, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS `Product`(id STRING, description STRING, type STRING, variant STRING, sku STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS `Order`(id STRING, kind STRING, date STRING, datetime STRING, total DOUBLE, itemCount INT64, lineCount INT64, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS `Import`(id STRING, file STRING, format STRING, importedAt STRING, rows INT64, lineItems INT64, returnLines INT64, customers INT64, products INT64, orders INT64, funnel STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS `Segment`(id STRING, run STRING, rank INT64, name STRING, description STRING, size INT64, customerShare DOUBLE, revenue DOUBLE, revenueShare DOUBLE, orders INT64, meanRecency DOUBLE, meanFrequency DOUBLE, meanMonetary DOUBLE, avgSalesPerCustomer DOUBLE, avgSalesPerOrder DOUBLE, ordersPerCustomer DOUBLE, centroidRaw DOUBLE[], centroidScaled DOUBLE[], silhouette DOUBLE, medianRecency DOUBLE, medianFrequency DOUBLE, medianMonetary DOUBLE, referenceRecency DOUBLE, referenceFrequency DOUBLE, referenceMonetary DOUBLE, namingRule STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS `Rule`(id STRING, run STRING, scope STRING, antecedent STRING[], consequent STRING[], support DOUBLE, confidence DOUBLE, lift DOUBLE, leverage DOUBLE, conviction DOUBLE, count INT64, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS `CustomerLists`(id STRING, run STRING, model STRING, recommendations STRING, neighbours STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS `AnalysisRun`(id STRING, status STRING, params STRING, startedAt STRING, finishedAt STRING, stage STRING, timings STRING, kSweep STRING, k INT64, featureNames STRING[], scaling STRING, defaultModel STRING, error STRING, modelSettings STRING, current BOOLEAN, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS `Evaluation`(id STRING, createdAt STRING, cutoff STRING, top INT64, users INT64, defaultModel STRING, models STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS `Experiment`(id STRING, name STRING, status STRING, createdAt STRING, startedAt STRING, stoppedAt STRING, attributionDays INT64, variants STRING, replay STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS `ServerPresence`(id STRING, url STRING, startedAt STRING, heartbeatAt INT64, PRIMARY KEY(id));
CREATE REL TABLE IF NOT EXISTS `PLACED`(FROM `Customer` TO `Order`);
CREATE REL TABLE IF NOT EXISTS `CONTAINS`(FROM `Order` TO `Product`, quantity INT64, unitPrice DOUBLE, lineTotal DOUBLE);
CREATE REL TABLE IF NOT EXISTS `RETURNS`(FROM `Order` TO `Product`, quantity INT64, amount DOUBLE);
CREATE REL TABLE IF NOT EXISTS `IN_SEGMENT`(FROM `Customer` TO `Segment`, FROM `Rule` TO `Segment`, distance DOUBLE, run STRING);
CREATE REL TABLE IF NOT EXISTS `SIMILAR`(FROM `Customer` TO `Customer`, score DOUBLE, rank INT64, shared INT64, sameSegment BOOLEAN, run STRING) WITH (storage_direction = 'fwd');
CREATE REL TABLE IF NOT EXISTS `ALSO_BOUGHT`(FROM `Product` TO `Product`, score DOUBLE, rank INT64, run STRING);
CREATE REL TABLE IF NOT EXISTS `IF`(FROM `Rule` TO `Product`, run STRING);
CREATE REL TABLE IF NOT EXISTS `THEN`(FROM `Rule` TO `Product`, run STRING);
CREATE REL TABLE IF NOT EXISTS `EXPERIMENT_EVENT`(FROM `Customer` TO `Experiment`, kind STRING, variant STRING, at STRING, products STRING[]);
CREATE REL TABLE IF NOT EXISTS `RECOMMENDED`(FROM `Customer` TO `Product`, score DOUBLE, rank INT64, model STRING, reasons STRING, run STRING) WITH (storage_direction = 'fwd');
