// A vetting's expiry as a clock: after it, no assistance to the recipient (§1209 P.L. 113-291 as amended, SAMM App 8).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Principal } from '../../../platform/access/policy.ts';
import { scopeWhere } from '../../../platform/access/scope-sql.ts';
import type { DeadlineSourceDef, DeadlineWindow } from '../../../platform/deadlines/source.ts';
import { recipients, vettings } from '../schema.ts';
import { latestVetting } from './vetting-service.ts';

async function vettingExpires(db: Db, principal: Principal, w: DeadlineWindow) {
  const query = db
    .select({ id: recipients.id, name: recipients.name, partnerCode: recipients.partnerCode, due: vettings.expiresOn })
    .from(recipients)
    .innerJoin(vettings, sql`${vettings.id} = ${latestVetting}`)
    .where(
      and(
        eq(vettings.result, 'cleared'),
        sql`${vettings.expiresOn} <= ${w.to}`,
        w.from ? sql`${vettings.expiresOn} >= ${w.from}` : undefined,
        scopeWhere(principal, recipients.partnerCode),
      ),
    )
    .orderBy(asc(vettings.expiresOn))
    .$dynamic();
  const rows = await (w.limit ? query.limit(w.limit) : query);
  return rows.map((r) => ({
    id: `special_programs.vetting_expires:${r.id}`,
    area: 'special-programs' as const,
    kind: 'special_programs.vetting_expires',
    title: `Vetting of ${r.name} expires (vet again before further assistance)`,
    dueDate: r.due,
    partnerCode: r.partnerCode,
    entityType: 'recipient',
    entityId: r.id,
    link: `/special-programs/recipients/${r.id}`,
    source: 'FY15 NDAA (P.L. 113-291) §1209 as amended (SAMM App 8): assistance only to vetted recipients',
  }));
}

export const vettingDeadlineSources: DeadlineSourceDef[] = [
  { area: 'special-programs', kind: 'special_programs.vetting_expires', label: 'Recipient vetting expires', list: vettingExpires },
];
