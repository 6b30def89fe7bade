/** `order(id)` and the customer and lines of an Order. */
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { Order, OrderLine, ReturnLine } from '../types/order.js';
import { Customer } from '../types/customer.js';
import type { OrderModel } from '../data/models.js';

@Resolver(() => Order)
export class OrderResolver {
  @Query(() => Order, { nullable: true })
  async order(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.orders.order.load(id))?.order ?? null;
  }

  @FieldResolver(() => Customer, { nullable: true })
  async customer(@Root() o: OrderModel, @Ctx() ctx: ApiContext) {
    const found = await ctx.loaders.orders.order.load(o.id);
    return found?.customer ? ctx.loaders.customers.customer.load(found.customer) : null;
  }

  @FieldResolver(() => [OrderLine], { description: 'purchase lines, largest amount first' })
  lines(@Root() o: OrderModel, @Ctx() ctx: ApiContext) {
    return ctx.loaders.orders.lines.load(o.id);
  }

  @FieldResolver(() => [ReturnLine], { description: 'returned lines (return orders)' })
  returns(@Root() o: OrderModel, @Ctx() ctx: ApiContext) {
    return ctx.loaders.orders.returns.load(o.id);
  }
}
