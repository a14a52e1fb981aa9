/**
 * How many extra staff accounts each size makes. The areas' own counts (cases, end-use items…) are in their demo loaders
 * (`src/areas/<area>/demo.ts`); `bench` is the scale in shared/design.md.
 */
export const SIZES = {
  demo: { extraUsers: 20 },
  bench: { extraUsers: 1000 },
} as const;

export type DatasetSize = keyof typeof SIZES;
