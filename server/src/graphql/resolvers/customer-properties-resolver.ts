/**
 * A Customer's own properties. Most customers arrive whole; a neighbour read from a CustomerLists row arrives by
 * reference (its id), and its properties are loaded (batched, one key lookup per customer) only when a client asks
 * for one: a page of neighbours' ids costs no customer lookups.
 */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { isCustomerRef, type CustomerModel, type CustomerRef } from '../data/models.js';
import { Customer, CustomerFeatures, Point } from '../types/customer.js';
import { mapAnswer, type Answer } from '../loaders/batch.js';

/** The whole customer, loading it when `c` is a reference (null when no such customer exists). */
export function wholeCustomer(c: CustomerModel | CustomerRef, ctx: ApiContext): Answer<CustomerModel | null> {
  return isCustomerRef(c) ? ctx.loaders.customers.customer.load(c.id) : c;
}

const property = <T>(c: CustomerModel | CustomerRef, ctx: ApiContext, pick: (m: CustomerModel) => T): Answer<T | null> =>
  mapAnswer(wholeCustomer(c, ctx), (m) => (m ? pick(m) : null));

@Resolver(() => Customer)
export class CustomerPropertiesResolver {
  @FieldResolver(() => String, { nullable: true })
  country(@Root() c: CustomerModel | CustomerRef, @Ctx() ctx: ApiContext) {
    return property(c, ctx, (m) => m.country);
  }

  @FieldResolver(() => CustomerFeatures, { nullable: true, description: 'null until the analysis has run' })
  features(@Root() c: CustomerModel | CustomerRef, @Ctx() ctx: ApiContext) {
    return property(c, ctx, (m) => m.features);
  }

  @FieldResolver(() => Point, { nullable: true })
  projection(@Root() c: CustomerModel | CustomerRef, @Ctx() ctx: ApiContext) {
    return property(c, ctx, (m) => m.projection);
  }
}
