// Constraints and indexes for Neo4j 5. Generated from cypher/src/schema.ts:
// npm run schema:write -w cypher. Do not edit by hand.
// Neo4j needs no table DDL; the properties are the ones in schema/embedded.cypher.

CREATE CONSTRAINT customer_id IF NOT EXISTS FOR (n:`Customer`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:`Product`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT order_id IF NOT EXISTS FOR (n:`Order`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT import_id IF NOT EXISTS FOR (n:`Import`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT segment_id IF NOT EXISTS FOR (n:`Segment`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT rule_id IF NOT EXISTS FOR (n:`Rule`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT analysisrun_id IF NOT EXISTS FOR (n:`AnalysisRun`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evaluation_id IF NOT EXISTS FOR (n:`Evaluation`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT experiment_id IF NOT EXISTS FOR (n:`Experiment`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT serverpresence_id IF NOT EXISTS FOR (n:`ServerPresence`) REQUIRE n.id IS UNIQUE;
CREATE INDEX customer_country IF NOT EXISTS FOR (n:`Customer`) ON (n.country);
CREATE INDEX order_date IF NOT EXISTS FOR (n:`Order`) ON (n.date);
