// One page of customers matching a filter, in a chosen order (the `customers` connection).
// Params: $segment, $country, $idPrefix STRING ('' = any); $status 'BUYER' (Customer.buyer: has a purchase order
//   with lines), 'RETURNS_ONLY' or '' (any); for each feature F of recency,
//   frequency, monetary, avgOrderValue, distinctProducts, returnRate, tenure: $FOn BOOLEAN,
//   $FMin, $FMax DOUBLE; $sortField STRING (ID or a feature name); $direction 'ASC'|'DESC';
//   $skip, $limit INT64. Ties and ID order by id; missing values last.
// Only the ids and one number key are sorted (the page's customers are read by id after SKIP/LIMIT): a missing
// value sorts as 1e308, DESC as 0 − value. The embedded store (Ladybug 0.19.1, several threads) sorts `-value`
// (−0.0 for 0) before every negative number, and on the generated 10× graph misordered the former
// `ORDER BY kNull, kAsc, kDesc DESC, idDesc DESC, id` (null keys) for DESC sorts in 1 run of 3 (wrong top
// page). cypher/test/customers-page-order.test.ts checks every order on a graph scanned by several threads.
// Returns: customer (node), id, key, idDesc (the sort keys)
OPTIONAL MATCH (run:AnalysisRun {current: true})
MATCH (c:Customer)
WHERE ($segment = '' OR EXISTS { MATCH (c)-[:IN_SEGMENT]->(s:Segment) WHERE s.id = $segment AND s.run = run.id })
  AND ($country = '' OR c.country = $country)
  AND ($idPrefix = '' OR c.id STARTS WITH $idPrefix)
  AND ($status = '' OR ($status = 'BUYER') = c.buyer)
  AND (NOT $recencyOn OR (c.recency >= $recencyMin AND c.recency <= $recencyMax))
  AND (NOT $frequencyOn OR (c.frequency >= $frequencyMin AND c.frequency <= $frequencyMax))
  AND (NOT $monetaryOn OR (c.monetary >= $monetaryMin AND c.monetary <= $monetaryMax))
  AND (NOT $avgOrderValueOn OR (c.avgOrderValue >= $avgOrderValueMin AND c.avgOrderValue <= $avgOrderValueMax))
  AND (NOT $distinctProductsOn OR (c.distinctProducts >= $distinctProductsMin AND c.distinctProducts <= $distinctProductsMax))
  AND (NOT $returnRateOn OR (c.returnRate >= $returnRateMin AND c.returnRate <= $returnRateMax))
  AND (NOT $tenureOn OR (c.tenure >= $tenureMin AND c.tenure <= $tenureMax))
WITH c.id AS id, CASE $sortField
    WHEN 'recency' THEN c.recency * 1.0 WHEN 'frequency' THEN c.frequency * 1.0
    WHEN 'monetary' THEN c.monetary WHEN 'avgOrderValue' THEN c.avgOrderValue
    WHEN 'distinctProducts' THEN c.distinctProducts * 1.0 WHEN 'returnRate' THEN c.returnRate
    WHEN 'tenure' THEN c.tenure * 1.0 ELSE 0.0 END AS k
WITH id, CASE WHEN k IS NULL THEN 1.0e308 WHEN $direction = 'DESC' THEN 0.0 - k ELSE k END AS key,
     CASE WHEN $sortField = 'id' AND $direction = 'DESC' THEN id ELSE '' END AS idDesc
ORDER BY key, idDesc DESC, id
SKIP $skip LIMIT $limit
MATCH (p:Customer {id: id})
RETURN p AS customer, id, key, idDesc
ORDER BY key, idDesc DESC, id
