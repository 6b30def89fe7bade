import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { OrderKind } from './enums.js';
import { Product } from './product.js';

@ObjectType()
export class Order {
  @Field(() => ID) id!: string;
  @Field(() => OrderKind) kind!: OrderKind;
  @Field(() => String, { description: 'ISO date' }) date!: string;
  @Field(() => String, { description: 'ISO date and time when the export has a time' }) datetime!: string;
  @Field(() => Float) total!: number;
  @Field(() => Int) itemCount!: number;
  @Field(() => Int) lineCount!: number;
}

@ObjectType()
export class OrderLine {
  @Field(() => Product) product!: Product;
  @Field(() => Int) quantity!: number;
  @Field(() => Float) unitPrice!: number;
  @Field(() => Float) lineTotal!: number;
}

@ObjectType()
export class ReturnLine {
  @Field(() => Product) product!: Product;
  @Field(() => Int) quantity!: number;
  @Field(() => Float) amount!: number;
}
