/** A/B experiments: definition, variants and the report. */
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { registerEnumType } from 'type-graphql';

export enum ExperimentEventKind {
  EXPOSURE = 'exposure',
  CLICK = 'click',
  ADD_TO_BASKET = 'add-to-basket',
}
registerEnumType(ExperimentEventKind, {
  name: 'ExperimentEventKind',
  valuesConfig: {
    EXPOSURE: { description: 'the customer was shown the variant’s list (products: what was shown)' },
    CLICK: { description: 'the customer clicked a recommended product (products: that one)' },
    ADD_TO_BASKET: { description: 'the customer put a recommended product in the basket (products: that one)' },
  },
});

@ObjectType({ description: 'one arm of an experiment' })
export class ExperimentVariant {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'a recommendation model name, or basket-rules' }) strategy!: string;
  @Field(() => Float, { description: 'share of traffic relative to the other variants' }) weight!: number;
  @Field(() => Boolean) control!: boolean;
}

@ObjectType({ description: 'an estimate with its 95 % interval' })
export class Estimate {
  @Field(() => Float) value!: number;
  @Field(() => Float) low!: number;
  @Field(() => Float) high!: number;
}

@ObjectType({ description: 'variant − control, with a 95 % interval and a two-sided p-value' })
export class Comparison {
  @Field(() => Float) difference!: number;
  @Field(() => Float) low!: number;
  @Field(() => Float) high!: number;
  @Field(() => Float) pValue!: number;
  @Field(() => String, { description: 'two-proportion z (Newcombe interval) for rates; Welch t for revenue' }) test!: string;
}

@ObjectType()
export class VariantComparison {
  @Field(() => Comparison) clickThroughRate!: Comparison;
  @Field(() => Comparison) conversionRate!: Comparison;
  @Field(() => Comparison) revenuePerExposed!: Comparison;
}

@ObjectType()
export class VariantReport {
  @Field(() => String) name!: string;
  @Field(() => String) strategy!: string;
  @Field(() => Float) weight!: number;
  @Field(() => Boolean) control!: boolean;
  @Field(() => Int, { description: 'customers in the variant (live: those with an event; replay: every customer active after the cutoff)' })
  assigned!: number;
  @Field(() => Int) exposed!: number;
  @Field(() => Int, { description: 'exposed customers who clicked' }) clickers!: number;
  @Field(() => Int) addToBasket!: number;
  @Field(() => Int, { description: 'exposed customers with an order containing a shown product within the attribution window' })
  converters!: number;
  @Field(() => Float, { description: 'attributed revenue: the shown products’ lines in those orders' }) revenue!: number;
  @Field(() => Estimate, { description: 'clickers / exposed, Wilson interval' }) clickThroughRate!: Estimate;
  @Field(() => Estimate, { description: 'converters / exposed, Wilson interval' }) conversionRate!: Estimate;
  @Field(() => Estimate, { description: 'mean attributed revenue per exposed customer, t interval' }) revenuePerExposed!: Estimate;
  @Field(() => VariantComparison, { nullable: true, description: 'null for the control' }) vsControl!: VariantComparison | null;
}

@ObjectType({
  description: 'sample ratio mismatch: Pearson chi-square of the assigned counts against the weights; p < 0.001 flags a broken assignment',
})
export class SampleRatio {
  @Field(() => Float) chiSquare!: number;
  @Field(() => Int) df!: number;
  @Field(() => Float) pValue!: number;
  @Field(() => Boolean) mismatch!: boolean;
}

@ObjectType()
export class ExperimentReport {
  @Field(() => [VariantReport]) variants!: VariantReport[];
  @Field(() => SampleRatio) sampleRatio!: SampleRatio;
  @Field(() => Float, { description: 'relative lift of the control’s conversion rate the sample size is for' }) lift!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'exposed customers per variant to detect that lift (α 0.05, power 0.8); null until the control converts',
  })
  sampleSizePerVariant!: number | null;
}

@ObjectType({
  description: 'an A/B test of recommendation strategies (status draft, running, stopped; replay for a replay on past orders)',
})
export class Experiment {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) status!: string;
  @Field(() => String) createdAt!: string;
  @Field(() => String, { nullable: true }) startedAt!: string | null;
  @Field(() => String, { nullable: true }) stoppedAt!: string | null;
  @Field(() => Int) attributionDays!: number;
  @Field(() => [ExperimentVariant]) variants!: ExperimentVariant[];
}

@InputType()
export class ExperimentVariantInput {
  @Field(() => String, { nullable: true, description: 'default: control for the first, B, C … after' }) name?: string | null;
  @Field(() => String, { description: 'a recommendation model name (default, popularity, ease …) or basket-rules' }) strategy!: string;
  @Field(() => Float, { nullable: true, description: 'default 1' }) weight?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'default: the first variant is the control' }) control?: boolean | null;
}

@InputType()
export class ExperimentEventInput {
  @Field(() => ID) experiment!: string;
  @Field(() => ID) customer!: string;
  @Field(() => ExperimentEventKind) kind!: ExperimentEventKind;
  @Field(() => [ID], { description: 'exposure: the products shown; click / add-to-basket: the one product' }) products!: string[];
}
