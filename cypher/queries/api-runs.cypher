// Analysis runs in the graph, newest first.
// Returns: run (node)
MATCH (r:AnalysisRun)
RETURN r AS run, r.startedAt AS startedAt
ORDER BY startedAt DESC
