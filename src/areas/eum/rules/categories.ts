import { SOURCE_EEUM_EXAMPLES, SOURCE_EUM_PROGRAM } from './sources.ts';

// Source: AECA 40A; routine vs enhanced EUM (dsca.mil; DODIG-2024-043) — shared/domain.md §4.
export const EUM_CATEGORIES = ['routine', 'enhanced'] as const;
export type EumCategory = (typeof EUM_CATEGORIES)[number];

export interface ItemTypeSeed {
  code: string;
  name: string;
  category: EumCategory;
  source: string;
  verified: boolean;
}

/**
 * The item types shipped with IOPS: the two EEUM examples the sources name, and routine monitoring for everything
 * else. The full EEUM list is open (administrator-maintained), so no other designated type is assumed.
 */
export const SHIPPED_ITEM_TYPES: readonly ItemTypeSeed[] = [
  { code: 'NVD', name: 'Night-vision device', category: 'enhanced', source: SOURCE_EEUM_EXAMPLES, verified: true },
  {
    code: 'COMSEC',
    name: 'Communications security (COMSEC) equipment',
    category: 'enhanced',
    source: SOURCE_EEUM_EXAMPLES,
    verified: true,
  },
  { code: 'ROUTINE', name: 'Defense article under routine EUM', category: 'routine', source: SOURCE_EUM_PROGRAM, verified: true },
];

/** Serial numbers are compared as recorded on the item: trimmed and upper-cased (scanner output varies in case). */
export const normaliseSerial = (serial: string) => serial.trim().toUpperCase();
