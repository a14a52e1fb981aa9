import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { cases, FUNDING_SOURCES, loaLines, loaVersions } from '../cases/public.ts';
import { normaliseSerial } from '../eum/public.ts';
import { shipments } from './schema.ts';

export { normaliseSerial };

/** The LOA lines of the case's latest issued version (the LOA in force), by line number. */
export async function linesInForce(db: Db | Tx, caseId: string) {
  const [current] = await db
    .select({ id: loaVersions.id })
    .from(loaVersions)
    .where(and(eq(loaVersions.caseId, caseId), eq(loaVersions.state, 'issued')))
    .orderBy(desc(loaVersions.number))
    .limit(1);
  if (!current) return new Map<string, typeof loaLines.$inferSelect>();
  const rows = await db.select().from(loaLines).where(eq(loaLines.versionId, current.id));
  return new Map(rows.map((r) => [r.lineNumber, r]));
}

/** The program a case's deliveries are reported under: its first funding source's program code, else BPC or FMS (SQL). */
export function programSql(): SQL<string> {
  const whens = FUNDING_SOURCES.map((s) => sql`when ${s.key} then ${s.programCode}`);
  return sql<string>`coalesce(case ${cases.fundingSources}[1] ${sql.join(whens, sql` `)} end, case when ${cases.type} = 'bpc' then 'BPC' else 'FMS' end)`;
}

/** The next shipment number, `SHP-000001` on: it names no partner (the F/AD screen shows it without a country). */
export async function nextShipmentNumber(tx: Tx): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('shipment-number'))`);
  const [row] = await tx.select({ n: sql<number>`coalesce(max(substring(${shipments.number} from 5)::int), 0)::int` }).from(shipments);
  return `SHP-${String((row?.n ?? 0) + 1).padStart(6, '0')}`;
}
