// Number of customers matching the `customers` filter (same parameters as api-customers-page).
// Returns: total
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
RETURN count(c) AS total
