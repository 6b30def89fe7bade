// Number of rules matching the `rules` filter (parameters as api-rules-page).
// Returns: total
MATCH (run:AnalysisRun {current: true})
MATCH (r:Rule)
WHERE r.run = run.id AND ($segment = '' OR r.scope = $segment)
  AND ($scope = '' OR ($scope = 'global' AND r.scope = 'global') OR ($scope = 'segment' AND r.scope <> 'global'))
  AND r.lift >= $minLift AND r.confidence >= $minConfidence AND r.support >= $minSupport
  AND ($product = '' OR $product IN r.antecedent OR $product IN r.consequent)
  AND ($ifProduct = '' OR $ifProduct IN r.antecedent)
  AND ($thenProduct = '' OR $thenProduct IN r.consequent)
RETURN count(r) AS total
