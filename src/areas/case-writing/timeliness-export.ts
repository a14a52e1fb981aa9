// The timeliness report as CSV and XLSX: the same rows and aggregates the API returns (and so the same scope).
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { defuse } from '../../platform/export/defuse.ts';
import type { TimelinessQuery } from './timeliness-model.ts';
import { type TimelinessReport, timelinessReport } from './timeliness-service.ts';

type Row = TimelinessReport['rows'][number];
type Bucket = TimelinessReport['overall'];

const onTimeText = (onTime: boolean | null) => (onTime === null ? '' : onTime ? 'yes' : 'no');

const COLUMNS: { header: string; width: number; value: (r: Row) => string | number | null; date?: boolean }[] = [
  { header: 'Case', width: 12, value: (r) => r.identifier },
  { header: 'Partner code', width: 8, value: (r) => r.partnerCode },
  { header: 'Partner', width: 24, value: (r) => r.partnerName },
  { header: 'Implementing agency', width: 10, value: (r) => r.agencyCode },
  { header: 'Case group', width: 8, value: (r) => r.offerGroup },
  { header: 'Status', width: 12, value: (r) => r.status },
  { header: 'Title', width: 36, value: (r) => r.title },
  { header: 'LOR received', width: 12, value: (r) => r.lorReceivedOn, date: true },
  { header: 'LOR complete', width: 12, value: (r) => r.lorCompleteOn, date: true },
  { header: 'Clock start', width: 12, value: (r) => r.startMilestone },
  { header: 'Offered', width: 12, value: (r) => r.offeredOn, date: true },
  { header: 'Days', width: 7, value: (r) => r.days },
  { header: 'Target days', width: 8, value: (r) => r.targetDays },
  { header: 'Target share %', width: 8, value: (r) => r.targetSharePercent },
  { header: 'On time', width: 8, value: (r) => onTimeText(r.onTime) },
  { header: 'Reason', width: 50, value: (r) => r.reason },
  { header: 'Target source', width: 60, value: (r) => r.targetSource },
];

const BUCKET_COLUMNS: { header: string; width: number; value: (b: Bucket) => string | number | null }[] = [
  { header: 'Key', width: 10, value: (b) => b.key },
  { header: 'Name', width: 28, value: (b) => b.label },
  { header: 'Cases offered', width: 10, value: (b) => b.cases },
  { header: 'Measured', width: 10, value: (b) => b.measured },
  { header: 'On time', width: 10, value: (b) => b.onTime },
  { header: 'Late', width: 10, value: (b) => b.late },
  { header: 'On-time share %', width: 12, value: (b) => b.onTimeSharePercent },
  { header: 'Goal share %', width: 12, value: (b) => b.goalSharePercent },
  { header: 'Meets goal', width: 10, value: (b) => onTimeText(b.meetsGoal) },
];

export function timelinessCsv(report: TimelinessReport): string {
  return stringify([COLUMNS.map((c) => c.header), ...report.rows.map((r) => COLUMNS.map((c) => defuse(c.value(r))))], {
    record_delimiter: '\r\n',
  });
}

const utcDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

export async function timelinessXlsx(report: TimelinessReport, generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'IOPS';
  workbook.created = generatedAt;

  const sheet = workbook.addWorksheet('Cases', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({
    header: c.header,
    key: c.header,
    width: c.width,
    ...(c.date ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  for (const r of report.rows) sheet.addRow(COLUMNS.map((c) => (c.date ? utcDate(c.value(r) as string | null) : c.value(r))));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };

  const buckets = (name: string, rows: readonly Bucket[]) => {
    const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = BUCKET_COLUMNS.map((c) => ({ header: c.header, key: c.header, width: c.width }));
    for (const b of rows) ws.addRow(BUCKET_COLUMNS.map((c) => c.value(b)));
    ws.getRow(1).font = { bold: true };
  };
  buckets('By agency', [...report.byAgency, report.overall]);
  buckets('By month', [...report.byMonth, report.overall]);

  const about = workbook.addWorksheet('About');
  about.columns = [{ width: 24 }, { width: 90 }];
  about.addRows([
    ['Report', 'LOA timeliness: letter of request to offer'],
    ['Cases offered from', report.from],
    ['Cases offered to', report.to],
    ['Generated', generatedAt.toISOString()],
    [
      'Rule',
      'On time when the days from the clock start (LOR receipt or LOR complete, as the target says) to the offer are at most the target days',
    ],
    ['Sources', 'DSCA 01-06 (80% within 120 days of LOR receipt); DSCA 11-46, 12-08 (85% by the Anticipated Offer Date of the case group)'],
    [
      'Scope',
      "Only the partners within the reader's scope are included; cases withheld from the reader pending congressional notification are left out",
    ],
  ]);
  about.getColumn(1).font = { bold: true };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const EXPORT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The report as a file: the same query, the same access check and the same SQL scope as the report itself. */
export async function exportTimeliness(
  db: Db,
  principal: Principal,
  query: TimelinessQuery,
  format: keyof typeof EXPORT_TYPES,
  now = new Date(),
) {
  const report = await timelinessReport(db, principal, query);
  const filename = `loa-timeliness-${report.from}-to-${report.to}.${format}`;
  const body = format === 'csv' ? Buffer.from(timelinessCsv(report), 'utf8') : await timelinessXlsx(report, now);
  return { filename, contentType: EXPORT_TYPES[format], body };
}
