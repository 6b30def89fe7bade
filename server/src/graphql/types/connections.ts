/** The connection types of the root lists and nested pages. */
import { connectionTypes } from './connection.js';
import { Customer } from './customer.js';
import { Product } from './product.js';
import { Rule } from './rule.js';
import { Order } from './order.js';

export const CustomerConnection = connectionTypes('Customer', Customer);
export const ProductConnection = connectionTypes('Product', Product);
export const RuleConnection = connectionTypes('Rule', Rule);
export const OrderConnection = connectionTypes('Order', Order);
