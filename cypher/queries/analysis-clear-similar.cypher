// Deletes every SIMILAR edge (part of publishing a new analysis run).
MATCH ()-[e:SIMILAR]->() DELETE e
