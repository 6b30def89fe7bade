/** One colour per segment, stable by its rank (0 = highest mean monetary). */
export const SEGMENT_PALETTE = [
  '#2f6fb3',
  '#e07b39',
  '#3a9d7a',
  '#c44e6d',
  '#8a63c9',
  '#b5a232',
  '#4aa3c4',
  '#7d6b5d',
  '#d25fb0',
  '#5c7f2e',
];

export const segmentColor = (rank: number | null | undefined): string =>
  rank === null || rank === undefined
    ? '#8a94a6'
    : SEGMENT_PALETTE[((rank % SEGMENT_PALETTE.length) + SEGMENT_PALETTE.length) % SEGMENT_PALETTE.length];
