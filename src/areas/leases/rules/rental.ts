// AECA 61(a)(4), 22 U.S.C. 2796(a)(4): the lessee pays all costs, depreciation and loss included, unless waived for
// cooperative research and development, exercises, or communications interface projects (shared/domain.md §6).

export const RENTAL_WAIVER_BASES = ['cooperative_research_development', 'exercise', 'communications_interface'] as const;
export type RentalWaiverBasis = (typeof RENTAL_WAIVER_BASES)[number];

export const RENTAL_WAIVER_LABELS: Record<RentalWaiverBasis, string> = {
  cooperative_research_development: 'Cooperative research or development program',
  exercise: 'Combined training exercise',
  communications_interface: 'Communications interface project',
};

export const RENTAL_WAIVER_SOURCE =
  'AECA 61(a)(4), 22 U.S.C. 2796(a)(4): rental costs waivable for cooperative R&D, exercises, communications interface projects';

export interface ScheduledPayment {
  dueOn: string;
  amountCents: number;
  receivedCents: number;
}

/** What is still owed on the schedule. */
export const outstandingCents = (payments: readonly ScheduledPayment[]) =>
  payments.reduce((sum, p) => sum + (p.amountCents - p.receivedCents), 0);

/** A payment not received in full after its due date is overdue (from the day after). */
export const isOverdue = (p: ScheduledPayment, today: string) => p.dueOn < today && p.receivedCents < p.amountCents;

/** The schedule may not ask for more than the total rental value of Schedule A (C11.F8 item 10). */
export function scheduleExceedsRental(rentalValueCents: number, payments: readonly { amountCents: number }[]): string | null {
  const total = payments.reduce((s, p) => s + p.amountCents, 0);
  return total > rentalValueCents
    ? `The schedule totals $${(total / 100).toFixed(2)}, more than the total rental value of $${(rentalValueCents / 100).toFixed(2)}`
    : null;
}
