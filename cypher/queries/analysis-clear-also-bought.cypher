// Deletes every ALSO_BOUGHT edge (part of publishing a new analysis run).
MATCH ()-[e:ALSO_BOUGHT]->() DELETE e
