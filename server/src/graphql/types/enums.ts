/** Enums of the schema. */
import { registerEnumType } from 'type-graphql';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

export enum CustomerSortField {
  ID = 'id',
  RECENCY = 'recency',
  FREQUENCY = 'frequency',
  MONETARY = 'monetary',
  AVG_ORDER_VALUE = 'avgOrderValue',
  DISTINCT_PRODUCTS = 'distinctProducts',
  RETURN_RATE = 'returnRate',
  TENURE = 'tenure',
}
registerEnumType(CustomerSortField, { name: 'CustomerSortField' });

export enum CustomerStatus {
  BUYER = 'BUYER',
  RETURNS_ONLY = 'RETURNS_ONLY',
}
registerEnumType(CustomerStatus, {
  name: 'CustomerStatus',
  description: 'whether a customer bought anything in the data',
  valuesConfig: {
    BUYER: { description: 'at least one purchase line: counted as a customer everywhere (funnel, stats, segments)' },
    RETURNS_ONLY: {
      description:
        'only returns in the data (refunds of purchases made before it begins): kept with their returns, no features or segment, counted apart',
    },
  },
});

export enum ProductSortField {
  ID = 'id',
  DESCRIPTION = 'description',
  BUYERS = 'buyers',
  UNITS = 'units',
  REVENUE = 'revenue',
}
registerEnumType(ProductSortField, { name: 'ProductSortField' });

export enum RuleSortField {
  LIFT = 'lift',
  CONFIDENCE = 'confidence',
  SUPPORT = 'support',
  LEVERAGE = 'leverage',
  CONVICTION = 'conviction',
  COUNT = 'count',
}
registerEnumType(RuleSortField, { name: 'RuleSortField' });

export enum RuleScope {
  GLOBAL = 'global',
  SEGMENT = 'segment',
}
registerEnumType(RuleScope, { name: 'RuleScope', description: 'global rules, or rules mined within one segment' });

export enum RuleRole {
  IF = 'IF',
  THEN = 'THEN',
}
registerEnumType(RuleRole, {
  name: 'RuleRole',
  description: 'the side of a rule a product is on: IF (antecedent X) or THEN (consequent Y)',
});

export enum RecommendationModelName {
  DEFAULT = 'default',
  POPULARITY = 'popularity',
  SEGMENT_POPULARITY = 'segment-popularity',
  USER_KNN = 'user-knn',
  ITEM_KNN = 'item-knn',
  EASE = 'ease',
  RP3BETA = 'rp3beta',
  SEGMENT_USER_KNN = 'segment-user-knn',
}
registerEnumType(RecommendationModelName, {
  name: 'RecommendationModel',
  description:
    'DEFAULT: the precomputed recommendations of the analysis run’s default model; the others are computed on the fly, from the graph (POPULARITY … ITEM_KNN) or from a model the server fits on the graph’s purchases on first use (EASE, RP3BETA, SEGMENT_USER_KNN), as `basketgraph evaluate` defines them',
  valuesConfig: {
    DEFAULT: { description: 'precomputed RECOMMENDED edges (fast)' },
    POPULARITY: { description: 'most distinct buyers overall' },
    SEGMENT_POPULARITY: { description: 'most distinct buyers in the customer’s segment' },
    USER_KNN: { description: 'products of the nearest neighbours (SIMILAR edges)' },
    ITEM_KNN: { description: 'products similar to what the customer bought (ALSO_BOUGHT edges)' },
    EASE: {
      description:
        'EASE (λ = 300) over all products; the first request after each publish or import waits for the fit (≈ 6.5 s on the full UCI data, reading the purchases included)',
    },
    RP3BETA: {
      description:
        'RP3beta random walks (α = 0.5, β = 0.7); the first request after each publish or import waits for the fit (≈ 1–2 s on the full UCI data)',
    },
    SEGMENT_USER_KNN: {
      description:
        'per-segment user-kNN (k = 100, α = 2): the nearest customers within the customer’s own segment; fitted on first use like EASE (≈ 1 s on the full UCI data)',
    },
  },
});

export enum NewCustomerMethod {
  SEGMENT_POPULARITY = 'segment-popularity',
  SEGMENT_USER_KNN = 'segment-user-knn',
}
registerEnumType(NewCustomerMethod, {
  name: 'NewCustomerMethod',
  description:
    'what a new customer of a segment is shown. SEGMENT_POPULARITY is the default: on customers whose first order is on or after 2011-09-09, placed by that order alone and scored on what they bought next, it beats the segment CF’s list (NDCG@10 0.0575 vs 0.0499, paired difference −0.0077 ± 0.0047; bench/results/new-customers.json)',
  valuesConfig: {
    SEGMENT_POPULARITY: { description: 'the products with the most distinct buyers in the segment' },
    SEGMENT_USER_KNN: {
      description:
        'the per-segment user-kNN’s highest-scoring products over all the segment’s customers (each customer’s unseen scores scaled by their best, summed); fitted on first use',
    },
  },
});

export enum ReasonKind {
  NEIGHBOUR = 'NEIGHBOUR',
  SIMILAR_ITEM = 'SIMILAR_ITEM',
  RULE = 'RULE',
  SEGMENT = 'SEGMENT',
  POPULAR = 'POPULAR',
}
registerEnumType(ReasonKind, {
  name: 'ReasonKind',
  valuesConfig: {
    NEIGHBOUR: { description: 'a similar customer bought it (id: the customer)' },
    SIMILAR_ITEM: { description: 'the customer bought a similar product (id: that product)' },
    RULE: { description: 'an association rule fired (id: the rule)' },
    SEGMENT: { description: 'popular in the customer’s segment (id: the segment)' },
    POPULAR: { description: 'popular overall (id: "global")' },
  },
});

export enum RunStatus {
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}
registerEnumType(RunStatus, { name: 'RunStatus' });

export enum OrderKind {
  PURCHASE = 'PURCHASE',
  RETURN = 'RETURN',
}
registerEnumType(OrderKind, { name: 'OrderKind' });

export enum ImportFormat {
  AUTO = 'auto',
  ONLINE_RETAIL = 'online-retail',
  ONLINE_RETAIL_II = 'online-retail-ii',
  SHOPIFY = 'shopify',
}
registerEnumType(ImportFormat, { name: 'ImportFormat' });

export enum ClusteringFeatures {
  RFM = 'rfm',
  EXTENDED = 'extended',
}
registerEnumType(ClusteringFeatures, {
  name: 'ClusteringFeatures',
  description: 'clustering input: recency/frequency/monetary, or all customer features',
});
