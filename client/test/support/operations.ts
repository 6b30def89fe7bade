/** Every operation the explorer sends, by operation name: what the mocked urql client answers, typed by its document. */
import { BasketRecommendationsQuery } from '../../src/graphql/basket';
import { CustomerOrdersQuery, CustomerQuery, CustomerRecommendationsQuery } from '../../src/graphql/customer';
import { AdminStatusQuery, CypherMutation } from '../../src/graphql/cypher';
import { EvaluationQuery } from '../../src/graphql/evaluation';
import { ExperimentsQuery } from '../../src/graphql/experiments';
import { OverviewQuery, ProjectionQuery } from '../../src/graphql/overview';
import { ProductQuery, ProductSearchQuery } from '../../src/graphql/product';
import { RulesQuery } from '../../src/graphql/rules';
import { CustomerExistsQuery, CustomerIdSuggestQuery } from '../../src/graphql/search';
import { CustomersPageQuery, SegmentQuery } from '../../src/graphql/segment';
import { ProductNameQuery, SegmentListQuery } from '../../src/graphql/segments-list';

export const OPERATIONS = {
  BasketRecommendations: BasketRecommendationsQuery,
  Customer: CustomerQuery,
  CustomerOrders: CustomerOrdersQuery,
  CustomerRecommendations: CustomerRecommendationsQuery,
  Cypher: CypherMutation,
  AdminStatus: AdminStatusQuery,
  Experiments: ExperimentsQuery,
  Evaluation: EvaluationQuery,
  Overview: OverviewQuery,
  Projection: ProjectionQuery,
  Product: ProductQuery,
  ProductSearch: ProductSearchQuery,
  Rules: RulesQuery,
  CustomerExists: CustomerExistsQuery,
  CustomerIdSuggest: CustomerIdSuggestQuery,
  CustomersPage: CustomersPageQuery,
  Segment: SegmentQuery,
  SegmentList: SegmentListQuery,
  ProductName: ProductNameQuery,
};

export type Operations = typeof OPERATIONS;
export type OperationName = keyof Operations;
