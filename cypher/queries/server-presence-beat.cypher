// A running server says it is alive (every few seconds): CLI writes then go through it.
// Params: $id STRING, $url STRING, $startedAt STRING, $heartbeatAt INT64 (ms since 1970)
MERGE (p:ServerPresence {id: $id})
SET p.url = $url, p.startedAt = $startedAt, p.heartbeatAt = $heartbeatAt
