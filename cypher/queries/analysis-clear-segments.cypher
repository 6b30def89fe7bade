// Deletes every Segment with its IN_SEGMENT edges (part of publishing a new analysis run).
MATCH (s:Segment) DETACH DELETE s
