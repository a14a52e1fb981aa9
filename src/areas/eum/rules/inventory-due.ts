import { addDays, addMonths } from '../../../platform/dates.ts';
import type { EumCategory } from './categories.ts';
import { SOURCE_EEUM_INVENTORY } from './sources.ts';

// Source: EEUM serial-number inventory within 90 days of arrival, then annual (DoD IG reports; shared/domain.md §4).
export const EEUM_INVENTORY_RULE = { initialDays: 90, periodicMonths: 12, source: SOURCE_EEUM_INVENTORY, verified: true } as const;

export interface DueInput {
  category: EumCategory;
  /** Arrival in the partner's custody (ISO date). */
  deliveredOn: string;
  /** The last serial-number inventory that counted the item, if any (ISO date). */
  lastInventoriedOn: string | null;
}

export type InventoryDue = { due: string; basis: 'initial' | 'periodic'; source: string } | null;

/**
 * When an item's next serial-number inventory is due: routine items have none; an enhanced item's first is due 90
 * days after arrival, later ones a year after the last (a later inventory never moves the clock back before arrival).
 */
export function inventoryDue(input: DueInput): InventoryDue {
  if (input.category !== 'enhanced') return null;
  const rule = EEUM_INVENTORY_RULE;
  if (!input.lastInventoriedOn || input.lastInventoriedOn < input.deliveredOn) {
    return { due: addDays(input.deliveredOn, rule.initialDays), basis: 'initial', source: rule.source };
  }
  return { due: addMonths(input.lastInventoriedOn, rule.periodicMonths), basis: 'periodic', source: rule.source };
}

/** Overdue when its due date has passed (the due day itself is still on time). */
export const isOverdue = (due: string | null, today: string) => due !== null && due < today;
