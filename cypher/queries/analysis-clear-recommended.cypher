// Deletes every RECOMMENDED edge (part of publishing a new analysis run).
MATCH ()-[e:RECOMMENDED]->() DELETE e
