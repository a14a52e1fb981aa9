import { SOURCE_FAD } from './sources.ts';

// Force/activity designators: Roman numerals I (highest) to V, DoD Manual 4140.01 (UMMIPS). The pairing of a country
// code with its F/AD is classified (DSCA 00-09): IOPS stores it apart from the shipment and never shows the two together.
export const FADS = ['I', 'II', 'III', 'IV', 'V'] as const;
export type Fad = (typeof FADS)[number];
export const FAD_SOURCE = `${SOURCE_FAD}; values I–V: DoD Manual 4140.01 Vol 5 (UMMIPS)`;
