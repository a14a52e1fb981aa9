import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { forbidden } from '../../platform/http/errors.ts';

/**
 * Sensitive until notified (shared/design.md; DSCA memo I-99-013285): before formal notice the pairing of purchaser and
 * items is withheld from users without need-to-know. Another area (notifications) decides which cases are pending.
 */
export type PendingCheck = (db: Db | Tx, rows: readonly { id: string; partnerCode: string }[]) => Promise<Set<string>>;

let pendingCheck: PendingCheck | null = null;

export function registerPendingNotificationCheck(check: PendingCheck | null): void {
  pendingCheck = check;
}

/** Roles whose work is the case itself or its notice; everyone else sees a pending case masked. */
const NEED_TO_KNOW = new Set(['administrator', 'case_writer', 'case_reviewer', 'notification_analyst', 'country_portfolio_director']);

export const hasNeedToKnow = (principal: Principal) => principal.roles.some((r) => NEED_TO_KNOW.has(r));

export async function withheldCaseIds(
  db: Db | Tx,
  principal: Principal,
  rows: readonly { id: string; partnerCode: string }[],
): Promise<Set<string>> {
  if (!pendingCheck || hasNeedToKnow(principal) || rows.length === 0) return new Set();
  return pendingCheck(db, rows);
}

export const WITHHELD = 'Withheld: pending congressional notification';

/** The list row a user without need-to-know sees: no purchaser, no items. */
export function maskSummary<T extends { identifier: string; partnerCode: string; partnerName: string; title: string }>(row: T): T {
  return { ...row, identifier: `••${row.identifier.slice(2)}`, partnerCode: '••', partnerName: WITHHELD, title: WITHHELD };
}

export async function requireNotWithheld(db: Db | Tx, principal: Principal, row: { id: string; partnerCode: string }): Promise<void> {
  if ((await withheldCaseIds(db, principal, [row])).has(row.id)) {
    throw forbidden(
      'This case is withheld pending congressional notification: its purchaser and items are shown only to users with need-to-know',
    );
  }
}
