/** Shared arguments and argument checks for list fields. */
import { ArgsType, Field, Int } from 'type-graphql';
import { checkFirst } from '../pagination.js';

/**
 * `first` and `after` of a connection field (pageRequest checks and decodes them).
 * Declared in the order the schema has always listed them (type-graphql lists a
 * field's own arguments last to first, and these as declared).
 */
@ArgsType()
export class PageArgs {
  @Field(() => String, { nullable: true }) after?: string;
  @Field(() => Int, { nullable: true }) first?: number;
}

/** A list length argument: 0…100, `fallback` when left out. */
export const listSize = (first: number | null | undefined, fallback: number, name = 'first') => checkFirst(first, name, fallback);
