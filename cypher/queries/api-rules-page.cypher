// One page of association rules matching a filter, in a chosen order (the `rules` connection).
// Params: $segment STRING (rule scope, '' = any), $scope ''|'global'|'segment', $minLift, $minConfidence,
//   $minSupport DOUBLE, $product / $ifProduct / $thenProduct STRING ('' = any), $sortField one of
//   lift, confidence, support, leverage, conviction, count; $direction 'ASC'|'DESC'; $skip, $limit INT64.
// Missing values (conviction when confidence is 1) sort last.
// Returns: rule (node), id
MATCH (run:AnalysisRun {current: true})
MATCH (r:Rule)
WHERE r.run = run.id AND ($segment = '' OR r.scope = $segment)
  AND ($scope = '' OR ($scope = 'global' AND r.scope = 'global') OR ($scope = 'segment' AND r.scope <> 'global'))
  AND r.lift >= $minLift AND r.confidence >= $minConfidence AND r.support >= $minSupport
  AND ($product = '' OR $product IN r.antecedent OR $product IN r.consequent)
  AND ($ifProduct = '' OR $ifProduct IN r.antecedent)
  AND ($thenProduct = '' OR $thenProduct IN r.consequent)
WITH r, CASE $sortField WHEN 'confidence' THEN r.confidence WHEN 'support' THEN r.support
    WHEN 'leverage' THEN r.leverage WHEN 'conviction' THEN r.conviction WHEN 'count' THEN r.count * 1.0
    ELSE r.lift END AS k
RETURN r AS rule, r.id AS id, CASE WHEN k IS NULL THEN 1 ELSE 0 END AS kNull,
       CASE $direction WHEN 'DESC' THEN null ELSE k END AS kAsc,
       CASE $direction WHEN 'DESC' THEN k ELSE null END AS kDesc
ORDER BY kNull, kAsc, kDesc DESC, id
SKIP $skip LIMIT $limit
