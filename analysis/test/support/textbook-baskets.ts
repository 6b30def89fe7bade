/**
 * Han & Kamber's nine transactions (Data Mining, table 6.1). Counts: 1:6 2:7 3:6 4:2 5:2,
 * {1,2}:4 {1,3}:4 {1,5}:2 {2,3}:4 {2,4}:2 {2,5}:2 {1,2,3}:2 {1,2,5}:2 (min count 2 = support 2/9).
 */
export const HAN_KAMBER_TRANSACTIONS: readonly Int32Array[] = [
  [1, 2, 5],
  [2, 4],
  [2, 3],
  [1, 2, 4],
  [1, 3],
  [2, 3],
  [1, 3],
  [1, 2, 3, 5],
  [1, 2, 3],
].map((t) => Int32Array.from(t));
