// One page of association rules matching a filter, in a chosen order (the `rules` connection).
// Params: $segment STRING (rule scope, '' = any), $scope ''|'global'|'segment', $minLift, $minConfidence,
//   $minSupport DOUBLE, $product / $ifProduct / $thenProduct STRING ('' = any), $sortField one of
//   lift, confidence, support, leverage, conviction, count; $direction 'ASC'|'DESC'; $skip, $limit INT64.
// Ties order by id; missing values (conviction when confidence is 1) sort last in either direction.
// Only the ids and one number key are sorted (the page's rules are read by id after SKIP/LIMIT): a missing value
// sorts as 1e308, DESC as 0 − value (see api-customers-page: Ladybug 0.19.1 on several threads misordered the
// former `ORDER BY kNull, kAsc, kDesc DESC, id` (null keys) on 12,000 rules, lift ASC ties out of id order).
// cypher/test/rules-page-order.test.ts checks every order on a rule table scanned by several threads.
// Returns: rule (node), id, key (the sort key)
MATCH (run:AnalysisRun {current: true})
MATCH (r:Rule)
WHERE r.run = run.id AND ($segment = '' OR r.scope = $segment)
  AND ($scope = '' OR ($scope = 'global' AND r.scope = 'global') OR ($scope = 'segment' AND r.scope <> 'global'))
  AND r.lift >= $minLift AND r.confidence >= $minConfidence AND r.support >= $minSupport
  AND ($product = '' OR $product IN r.antecedent OR $product IN r.consequent)
  AND ($ifProduct = '' OR $ifProduct IN r.antecedent)
  AND ($thenProduct = '' OR $thenProduct IN r.consequent)
WITH r.id AS id, CASE $sortField WHEN 'confidence' THEN r.confidence WHEN 'support' THEN r.support
    WHEN 'leverage' THEN r.leverage WHEN 'conviction' THEN r.conviction WHEN 'count' THEN r.count * 1.0
    ELSE r.lift END AS k
WITH id, CASE WHEN k IS NULL THEN 1.0e308 WHEN $direction = 'DESC' THEN 0.0 - k ELSE k END AS key
ORDER BY key, id
SKIP $skip LIMIT $limit
MATCH (r:Rule {id: id})
RETURN r AS rule, id, key
ORDER BY key, id
