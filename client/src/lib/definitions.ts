/** What the explorer's money and return figures mean (the README's "The analysis" states the same). */
export const NET_SPEND =
  'Net spend: what the customer paid for their purchases minus the refunds of returns that match a purchase — ' +
  'same customer and product, returned units counted up to the units bought, never more than was paid. ' +
  'Returns of products not bought in the data (bought before it begins) are not netted.';

export const GROSS_SPEND = 'Gross spend: the purchase lines’ totals, before any return.';

export const RETURN_RATE = 'Return rate: the share of gross spend refunded by matched returns (everything returned = 100 %).';

export const RETURNS_ONLY =
  'Only returns: in this data the customer has no purchase, only returns — refunds of purchases made before the data begins. ' +
  'Such customers keep their returns in the graph but are not counted as customers (the import funnel, the overview and the ' +
  'segments count customers who bought), have no features or segment, and get no personal recommendations.';
