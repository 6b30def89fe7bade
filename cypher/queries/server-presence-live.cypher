// Servers that beat since $since (ms since 1970), most recent first.
// Returns: id, url, heartbeatAt
MATCH (p:ServerPresence) WHERE p.heartbeatAt >= $since
RETURN p.id AS id, p.url AS url, p.heartbeatAt AS heartbeatAt
ORDER BY heartbeatAt DESC
