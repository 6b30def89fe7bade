/** Growing typed arrays: the encoders, kernels and builders that fill arrays of a size not known up front. */
export type GrowableArray = Int32Array | Float64Array | Uint8Array;

/** A copy of `a`, of the same type, with room for `capacity` entries. */
export function grown<A extends GrowableArray>(a: A, capacity: number): A {
  const b = new (a.constructor as new (length: number) => A)(capacity);
  (b as GrowableArray).set(a as GrowableArray);
  return b;
}
