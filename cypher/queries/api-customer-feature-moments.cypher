// Mean and mean square of each clustering feature over customers with features (to scale new customers).
// Returns: n, and for each feature F: F (mean), F2 (mean of squares)
MATCH (c:Customer) WHERE c.recency IS NOT NULL
RETURN count(c) AS n,
  avg(c.recency) AS recency, avg(c.recency * c.recency) AS recency2,
  avg(c.frequency) AS frequency, avg(c.frequency * c.frequency) AS frequency2,
  avg(c.monetary) AS monetary, avg(c.monetary * c.monetary) AS monetary2,
  avg(c.avgOrderValue) AS avgOrderValue, avg(c.avgOrderValue * c.avgOrderValue) AS avgOrderValue2,
  avg(c.avgItemsPerOrder) AS avgItemsPerOrder, avg(c.avgItemsPerOrder * c.avgItemsPerOrder) AS avgItemsPerOrder2,
  avg(c.distinctProducts) AS distinctProducts, avg(c.distinctProducts * c.distinctProducts) AS distinctProducts2,
  avg(c.returnRate) AS returnRate, avg(c.returnRate * c.returnRate) AS returnRate2,
  avg(c.tenure) AS tenure, avg(c.tenure * c.tenure) AS tenure2,
  avg(c.typeDiversity) AS typeDiversity, avg(c.typeDiversity * c.typeDiversity) AS typeDiversity2
