// One page of customers matching a filter, in a chosen order (the `customers` connection).
// Params: $segment, $country, $idPrefix STRING ('' = any); $status 'BUYER' (has a purchase order with lines),
//   'RETURNS_ONLY' or '' (any); for each feature F of recency,
//   frequency, monetary, avgOrderValue, distinctProducts, returnRate, tenure: $FOn BOOLEAN,
//   $FMin, $FMax DOUBLE; $sortField STRING (ID or a feature name); $direction 'ASC'|'DESC';
//   $skip, $limit INT64. Ties and ID order by id; missing values last.
// Returns: customer (node), id
OPTIONAL MATCH (run:AnalysisRun {current: true})
MATCH (c:Customer)
WHERE ($segment = '' OR EXISTS { MATCH (c)-[:IN_SEGMENT]->(s:Segment) WHERE s.id = $segment AND s.run = run.id })
  AND ($country = '' OR c.country = $country)
  AND ($idPrefix = '' OR c.id STARTS WITH $idPrefix)
  AND ($status = '' OR ($status = 'BUYER') = EXISTS { MATCH (c)-[:PLACED]->(o:`Order`) WHERE o.kind = 'purchase' AND o.lineCount > 0 })
  AND (NOT $recencyOn OR (c.recency >= $recencyMin AND c.recency <= $recencyMax))
  AND (NOT $frequencyOn OR (c.frequency >= $frequencyMin AND c.frequency <= $frequencyMax))
  AND (NOT $monetaryOn OR (c.monetary >= $monetaryMin AND c.monetary <= $monetaryMax))
  AND (NOT $avgOrderValueOn OR (c.avgOrderValue >= $avgOrderValueMin AND c.avgOrderValue <= $avgOrderValueMax))
  AND (NOT $distinctProductsOn OR (c.distinctProducts >= $distinctProductsMin AND c.distinctProducts <= $distinctProductsMax))
  AND (NOT $returnRateOn OR (c.returnRate >= $returnRateMin AND c.returnRate <= $returnRateMax))
  AND (NOT $tenureOn OR (c.tenure >= $tenureMin AND c.tenure <= $tenureMax))
WITH c, CASE $sortField
    WHEN 'recency' THEN c.recency * 1.0 WHEN 'frequency' THEN c.frequency * 1.0
    WHEN 'monetary' THEN c.monetary WHEN 'avgOrderValue' THEN c.avgOrderValue
    WHEN 'distinctProducts' THEN c.distinctProducts * 1.0 WHEN 'returnRate' THEN c.returnRate
    WHEN 'tenure' THEN c.tenure * 1.0 ELSE 0.0 END AS k
RETURN c AS customer, c.id AS id, CASE WHEN k IS NULL THEN 1 ELSE 0 END AS kNull,
       CASE $direction WHEN 'DESC' THEN null ELSE k END AS kAsc,
       CASE $direction WHEN 'DESC' THEN k ELSE null END AS kDesc,
       CASE $sortField WHEN 'id' THEN CASE $direction WHEN 'DESC' THEN c.id ELSE '' END ELSE '' END AS idDesc
ORDER BY kNull, kAsc, kDesc DESC, idDesc DESC, id
SKIP $skip LIMIT $limit
