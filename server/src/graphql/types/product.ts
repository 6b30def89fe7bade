import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class Product {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: 'product type (Shopify exports)' }) type!: string | null;
  @Field(() => String, { nullable: true, description: 'variant title (Shopify exports)' }) variant!: string | null;
  @Field(() => String, { nullable: true }) sku!: string | null;
}

@ObjectType({ description: 'a product a customer bought' })
export class PurchasedProduct {
  @Field(() => Product) product!: Product;
  @Field(() => Int, { description: 'purchase orders containing it' }) orders!: number;
  @Field(() => Int, { description: 'units bought' }) quantity!: number;
  @Field(() => Float, { description: 'amount spent on it' }) spent!: number;
}

@ObjectType({ description: 'an item-item neighbour (ALSO_BOUGHT)' })
export class SimilarProduct {
  @Field(() => Product) product!: Product;
  @Field(() => Float, { description: 'cosine similarity over buyers' }) score!: number;
  @Field(() => Int) rank!: number;
}

@ObjectType({ description: 'how many distinct customers bought a product' })
export class ProductPopularity {
  @Field(() => Product) product!: Product;
  @Field(() => Int) buyers!: number;
  @Field(() => Float) revenue!: number;
}
