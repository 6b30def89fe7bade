// Deletes every node and relationship (import --replace) in transactions of 1,000 nodes with their
// relationships: a server holds a transaction's changes in memory, so one transaction for a whole graph
// fails or crawls. CALL … IN TRANSACTIONS needs an auto-commit transaction; the adapter sends it so.
// A delete killed half-way is finished by running it again.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS
