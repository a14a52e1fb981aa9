import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';

/**
 * Rows written by one bulk operation above which it refreshes the planner's statistics itself. Autovacuum would,
 * minutes later; until then the aggregates over the grown tables are planned on the old sizes (2–4× slower, issue 18).
 */
export const BULK_ANALYZE_ROWS = 10_000;

/** `ANALYZE` of the tables a bulk write touched, when it wrote enough rows to matter. Outside any transaction. */
export async function analyzeAfterBulkWrite(db: Db, rowsWritten: number, tables: readonly string[]): Promise<boolean> {
  if (rowsWritten < BULK_ANALYZE_ROWS || !tables.length) return false;
  await db.execute(sql.raw(`analyze ${tables.map((t) => `"${t.replaceAll('"', '""')}"`).join(', ')}`));
  return true;
}
