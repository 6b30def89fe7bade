/** A parsed source line for the batch tests: 1.5 a unit unless `unitPrice` says otherwise, in France, 2011-01-02. */
import type { SourceLine } from '../../src/import/source-line.js';

export function sourceLine(
  orderId: string,
  productId: string,
  customerId: string,
  quantity: number,
  options: { isCancellation?: boolean; unitPrice?: number; datetime?: string } = {},
): SourceLine {
  const unitPrice = options.unitPrice ?? 1.5;
  return {
    line: 1,
    orderId,
    productId,
    description: `item ${productId}`,
    productType: null,
    variant: null,
    sku: null,
    customerId,
    country: 'France',
    date: '2011-01-02',
    datetime: options.datetime ?? '2011-01-02T10:00:00',
    quantity,
    unitPrice,
    lineTotal: unitPrice * quantity,
    isCancellation: options.isCancellation ?? false,
    returnedQuantity: 0,
    returnAmount: 0,
    key: `${orderId}|${productId}|${quantity}`,
  };
}
