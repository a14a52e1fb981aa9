import { and, not, type SQL, sql } from 'drizzle-orm';
import { analyzeAfterBulkWrite } from '../../db/analyze.ts';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { scopeWhere, withheldSql } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import type { SheetRow } from '../../platform/import/rows.ts';
import { cases, loaLines, loaVersions } from '../cases/public.ts';
import { AREA, rowsOf, textColumn } from './common.ts';
import {
  addError,
  hasControl,
  type ImportProgress,
  type ImportSummary,
  isRealDate,
  newSummary,
  pick,
  progressOf,
  writeQueue,
} from './import-summary.ts';
import { normaliseSerial } from './rules/categories.ts';
import { EEUM_INVENTORY_RULE } from './rules/inventory-due.ts';
import { SOURCE_EEUM_DELIVERY } from './rules/sources.ts';

export interface Delivery {
  row: number;
  caseIdentifier: string;
  lineNumber: string;
  itemTypeCode: string;
  serialNumber: string;
  deliveredOn: string;
  siteCode: string;
}

const PROBLEMS: Record<string, { field: string; message: (d: Delivery) => string }> = {
  case: { field: 'case', message: (d) => `no case ${d.caseIdentifier} within your scope` },
  line: { field: 'line', message: (d) => `case ${d.caseIdentifier} has no LOA line ${d.lineNumber}` },
  type: { field: 'item_type', message: (d) => `no item type ${d.itemTypeCode}` },
  site: { field: 'site', message: (d) => `no site ${d.siteCode} of the case's partner` },
  certification: {
    field: 'site',
    message: (d) => `no control plan or site certification on file on ${d.deliveredOn} (${SOURCE_EEUM_DELIVERY})`,
  },
  repeat: { field: 'serial_number', message: (d) => `${d.itemTypeCode} ${d.serialNumber} appears twice in the file` },
  conflict: {
    field: 'serial_number',
    message: (d) => `${d.itemTypeCode} ${d.serialNumber} is already recorded (under another case, line or date, or earlier in this file)`,
  },
};

/**
 * Imports delivery records (one serial-numbered item per row) in batches, each one statement and one transaction
 * with its audit record. The same checks as recording one item (rules/delivery-gate.ts, rules/inventory-due.ts) run
 * in SQL; rows already recorded identically are left alone, so re-importing a file changes nothing.
 */
export interface ImportOptions {
  batchSize?: number;
  /**
   * Batches written at once, each in its own transaction and connection: 2 on PostgreSQL keeps both the server and
   * this process busy; the embedded engine has one connection, so 1.
   */
  writers?: number;
}

export async function importDeliveries(
  db: Db,
  principal: Principal,
  rows: AsyncIterable<SheetRow> | Iterable<SheetRow>,
  onProgress?: (p: ImportProgress) => void,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? 20_000;
  requireArea(principal, 'write', AREA);
  const visible = casesVisibleTo(principal);
  const importId = crypto.randomUUID();
  const today = todayIso();
  const summary = newSummary();
  let batch: Delivery[] = [];
  const queue = writeQueue(options.writers ?? 1);
  const flush = async () => {
    if (!batch.length) return;
    const deliveries = batch;
    batch = [];
    await queue.add(async () => {
      await writeBatch(db, principal, visible, importId, deliveries, summary);
      onProgress?.(progressOf(summary));
    });
  };
  for await (const { row, values } of rows) {
    summary.rows += 1;
    const delivery = parseDelivery(row, values, today, summary);
    if (!delivery) continue;
    batch.push(delivery);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await queue.drain();
  await analyzeAfterBulkWrite(db, summary.recorded, ['eum_items', 'eum_item_counts', 'eum_item_due_counts']);
  return summary;
}

function parseDelivery(row: number, values: Record<string, string>, today: string, summary: ImportSummary): Delivery | null {
  const d: Delivery = {
    row,
    caseIdentifier: pick(values, 'case', 'case_identifier', 'case_id').toUpperCase(),
    lineNumber: pick(values, 'line', 'line_number'),
    itemTypeCode: pick(values, 'item_type', 'item_type_code', 'type').toUpperCase(),
    serialNumber: normaliseSerial(pick(values, 'serial_number', 'serial', 'sn')),
    deliveredOn: pick(values, 'delivered_on', 'delivery_date', 'delivered'),
    siteCode: pick(values, 'site', 'site_code'),
  };
  const fail = (field: string, message: string) => (addError(summary, { row, field, message }), null);
  const bad = (['caseIdentifier', 'lineNumber', 'itemTypeCode', 'serialNumber', 'siteCode'] as const).find((k) => hasControl(d[k]));
  if (bad)
    return fail(
      bad === 'caseIdentifier'
        ? 'case'
        : bad === 'lineNumber'
          ? 'line'
          : bad === 'itemTypeCode'
            ? 'item_type'
            : bad === 'serialNumber'
              ? 'serial_number'
              : 'site',
      'holds a tab, line break or other control character',
    );
  if (!d.caseIdentifier) return fail('case', 'the case identifier is empty');
  if (!d.lineNumber || d.lineNumber.length > 10) return fail('line', 'the LOA line number (up to 10 characters)');
  if (!d.itemTypeCode) return fail('item_type', 'the item type is empty');
  if (!d.serialNumber || d.serialNumber.length > 60) return fail('serial_number', 'the serial number (1–60 characters)');
  if (!isRealDate(d.deliveredOn)) return fail('delivered_on', 'an ISO date (YYYY-MM-DD)');
  if (d.deliveredOn > today) return fail('delivered_on', `on or before ${today}`);
  return d;
}

/**
 * One statement per batch: resolve each row's case, type and site, check the EEUM gate, insert, and report each row not
 * recorded. `visible` is the condition on the case (the importer's scope and need-to-know, `casesVisibleTo`).
 */
export function deliveryBatchSql(batch: readonly Delivery[], visible: SQL) {
  return sql`
  with input as (
    select * from unnest(${textColumn(batch.map((d) => String(d.row)))}::int[], ${textColumn(batch.map((d) => d.caseIdentifier))}, ${textColumn(batch.map((d) => d.lineNumber))},
      ${textColumn(batch.map((d) => d.itemTypeCode))}, ${textColumn(batch.map((d) => d.serialNumber))}, ${textColumn(batch.map((d) => d.deliveredOn))}::date[],
      ${textColumn(batch.map((d) => d.siteCode))}) as u(row_no, case_identifier, line_number, item_type_code, serial_number, delivered_on, site_code)
  ),
  resolved as (
    select i.*, ${cases.id} as case_id, ${cases.partnerCode} as partner_code, t.category, s.id as site_id,
      case
        when ${cases.id} is null then 'case'
        when not exists (select 1 from ${loaVersions} join ${loaLines} on ${loaLines.versionId} = ${loaVersions.id}
          where ${loaVersions.caseId} = ${cases.id} and ${loaLines.lineNumber} = i.line_number) then 'line'
        when t.code is null then 'type'
        when i.site_code <> '' and s.id is null then 'site'
        when t.category = 'enhanced' and not exists (
          select 1 from eum_certifications k where k.partner_code = ${cases.partnerCode} and k.certified_on <= i.delivered_on
            and (k.expires_on is null or k.expires_on >= i.delivered_on) and (k.revoked_on is null or k.revoked_on > i.delivered_on) and (k.kind = 'control_plan' or k.site_id = s.id)) then 'certification'
        when row_number() over (partition by i.item_type_code, i.serial_number order by i.row_no) > 1 then 'repeat'
      end as problem
    from input i
    left join ${cases} on ${cases.identifier} = i.case_identifier and ${visible}
    left join eum_item_types t on t.code = i.item_type_code
    left join eum_sites s on s.partner_code = ${cases.partnerCode} and s.code = i.site_code
  ),
  inserted as (
    insert into eum_items (partner_code, case_id, line_number, item_type_code, category, serial_number, delivered_on, site_id, inventory_due_on)
    select partner_code, case_id, line_number, item_type_code, category, serial_number, delivered_on, site_id,
      case when category = 'enhanced' then delivered_on + ${EEUM_INVENTORY_RULE.initialDays}::int end
    from resolved where problem is null
    on conflict (item_type_code, serial_number) do nothing
    returning item_type_code, serial_number
  )
  select r.row_no, coalesce(r.problem, case when exists (select 1 from eum_items e where e.item_type_code = r.item_type_code and e.serial_number = r.serial_number
      and e.case_id = r.case_id and e.line_number = r.line_number and e.delivered_on = r.delivered_on) then 'unchanged' else 'conflict' end) as problem
  from resolved r
  where r.problem is not null or not exists (select 1 from inserted n where n.item_type_code = r.item_type_code and n.serial_number = r.serial_number)
  order by r.row_no`;
}

/**
 * The cases a delivery may name: of a partner in the importer's scope, and not withheld from the importer (a case
 * pending congressional notification is unknown to a user without need-to-know, as when recording one item).
 */
function casesVisibleTo(principal: Principal): SQL {
  return and(scopeWhere(principal, cases.partnerCode), not(withheldSql(principal, cases.markings))) ?? sql`true`;
}

async function writeBatch(db: Db, principal: Principal, visible: SQL, importId: string, batch: Delivery[], summary: ImportSummary) {
  await db.transaction(async (tx) => {
    // A fresh statement per batch: compiling it with JIT would cost more than it saves.
    await tx.execute(sql`set local jit = off`);
    const result = await tx.execute(deliveryBatchSql(batch, visible));
    const outcomes = rowsOf<{ row_no: number; problem: string }>(result);
    const byRow = new Map(batch.map((d) => [d.row, d]));
    let unchanged = 0;
    let errors = 0;
    for (const o of outcomes) {
      if (o.problem === 'unchanged') {
        unchanged += 1;
        continue;
      }
      const problem = PROBLEMS[o.problem]!;
      addError(summary, { row: o.row_no, field: problem.field, message: problem.message(byRow.get(o.row_no)!) });
      errors += 1;
    }
    const recorded = batch.length - outcomes.length;
    summary.recorded += recorded;
    summary.unchanged += unchanged;
    await appendAudit(tx, principal, {
      entityType: 'eum_item',
      action: 'eum_item.imported',
      entityId: importId,
      after: { rows: `${batch[0]!.row}–${batch[batch.length - 1]!.row}`, recorded, unchanged, refused: errors },
    });
  });
}
