// Every event of an experiment: who, which variant, what, when, which products.
// Params: $id STRING
// Returns: customer, kind, variant, at, products
MATCH (c:Customer)-[e:EXPERIMENT_EVENT]->(x:Experiment {id: $id})
RETURN c.id AS customer, e.kind AS kind, e.variant AS variant, e.at AS at, e.products AS products
