/** Every customer id of a running server, paged through the API 100 at a time (the load benches pick from them). */
type Post = <T>(query: string, variables?: Record<string, unknown>) => Promise<{ data: T }>;

interface Page {
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export async function allCustomerIds(post: Post): Promise<string[]> {
  const ids: string[] = [];
  for (let after: string | null = null; ;) {
    const page: Page = (
      await post<{ customers: Page }>(
        'query($after: String) { customers(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      )
    ).data.customers;
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}
