/** How much data each size makes. `bench` is the scale in shared/design.md; later areas add their counts here. */
export const SIZES = {
  demo: { extraUsers: 20, cases: 40, eumItems: 72 },
  bench: { extraUsers: 1000, cases: 20_000, eumItems: 2_000_000 },
} as const;

export type DatasetSize = keyof typeof SIZES;
