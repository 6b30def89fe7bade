// Deletes every Rule with its IF/THEN/IN_SEGMENT edges (part of publishing a new analysis run).
MATCH (r:Rule) DETACH DELETE r
