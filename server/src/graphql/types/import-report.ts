import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'what was left after one cleaning step' })
export class FunnelStep {
  @Field(() => String) step!: string;
  @Field(() => Int, { description: 'rows removed by this step' }) removed!: number;
  @Field(() => Int) rows!: number;
  @Field(() => Int) customers!: number;
  @Field(() => Int) products!: number;
  @Field(() => Int) orders!: number;
}

@ObjectType({ description: 'one import of one file, with its cleaning funnel' })
export class ImportReport {
  @Field(() => ID, { description: 'sha256 of the file content' }) id!: string;
  @Field(() => String) file!: string;
  @Field(() => String, { nullable: true }) format!: string | null;
  @Field(() => String, { nullable: true }) importedAt!: string | null;
  @Field(() => Boolean, { description: 'this exact file was imported before: nothing was written' }) alreadyImported!: boolean;
  @Field(() => Int, { description: 'data rows read' }) rows!: number;
  @Field(() => Int, { description: 'purchase lines kept' }) lineItems!: number;
  @Field(() => Int) returnLines!: number;
  @Field(() => Int) customers!: number;
  @Field(() => Int) products!: number;
  @Field(() => Int) orders!: number;
  @Field(() => [FunnelStep]) funnel!: FunnelStep[];
  @Field(() => Float, { nullable: true }) readMs!: number | null;
  @Field(() => Float, { nullable: true }) writeMs!: number | null;
}
