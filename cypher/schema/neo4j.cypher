// Constraints and indexes for Neo4j 5. Generated from cypher/src/schema.ts:
// npm run schema:write -w cypher. Do not edit by hand.
// Neo4j needs no table DDL; the properties are the ones in schema/embedded.cypher.

CREATE CONSTRAINT customer_id IF NOT EXISTS FOR (n:`Customer`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:`Product`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT order_id IF NOT EXISTS FOR (n:`Order`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT import_id IF NOT EXISTS FOR (n:`Import`) REQUIRE n.id IS UNIQUE;
DROP CONSTRAINT segment_id IF EXISTS;
CREATE CONSTRAINT segment_id_run IF NOT EXISTS FOR (n:`Segment`) REQUIRE (n.id, n.run) IS UNIQUE;
DROP CONSTRAINT rule_id IF EXISTS;
CREATE CONSTRAINT rule_id_run IF NOT EXISTS FOR (n:`Rule`) REQUIRE (n.id, n.run) IS UNIQUE;
DROP CONSTRAINT customerlists_id IF EXISTS;
CREATE CONSTRAINT customerlists_id_run IF NOT EXISTS FOR (n:`CustomerLists`) REQUIRE (n.id, n.run) IS UNIQUE;
CREATE CONSTRAINT analysisrun_id IF NOT EXISTS FOR (n:`AnalysisRun`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evaluation_id IF NOT EXISTS FOR (n:`Evaluation`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT experiment_id IF NOT EXISTS FOR (n:`Experiment`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT serverpresence_id IF NOT EXISTS FOR (n:`ServerPresence`) REQUIRE n.id IS UNIQUE;
CREATE INDEX customer_country IF NOT EXISTS FOR (n:`Customer`) ON (n.country);
CREATE INDEX order_date IF NOT EXISTS FOR (n:`Order`) ON (n.date);
CREATE INDEX segment_run IF NOT EXISTS FOR (n:`Segment`) ON (n.run);
CREATE INDEX rule_run IF NOT EXISTS FOR (n:`Rule`) ON (n.run);
CREATE INDEX customerlists_run IF NOT EXISTS FOR (n:`CustomerLists`) ON (n.run);
CREATE INDEX analysisrun_current IF NOT EXISTS FOR (n:`AnalysisRun`) ON (n.current);
CREATE INDEX in_segment_run IF NOT EXISTS FOR ()-[e:`IN_SEGMENT`]-() ON (e.run);
CREATE INDEX similar_run IF NOT EXISTS FOR ()-[e:`SIMILAR`]-() ON (e.run);
CREATE INDEX also_bought_run IF NOT EXISTS FOR ()-[e:`ALSO_BOUGHT`]-() ON (e.run);
CREATE INDEX if_run IF NOT EXISTS FOR ()-[e:`IF`]-() ON (e.run);
CREATE INDEX then_run IF NOT EXISTS FOR ()-[e:`THEN`]-() ON (e.run);
CREATE INDEX recommended_run IF NOT EXISTS FOR ()-[e:`RECOMMENDED`]-() ON (e.run);
