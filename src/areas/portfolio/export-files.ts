// The portfolio as an XLSX workbook and a printable PDF brief. Pure apart from exceljs/pdfkit: the caller loads the data
// (the same service calls, scope and numbers as the API); nothing here reads a clock or the database.
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { defuse } from '../../platform/export/defuse.ts';

export interface PortfolioExport {
  partner: { code: string; name: string };
  asOf: string;
  generatedAt: string;
  sections: {
    label: string;
    figures: { label: string; group: string | null; count: number | null; cents: number | null; link: string }[];
  }[];
  cases: { identifier: string; title: string; type: string; status: string; fundingSources: string[]; totalCents: number }[];
  appropriations: {
    programCode: string;
    fiscalYear: number;
    name: string;
    appropriatedCents: number;
    netObligatedCents: number;
    availableCents: number;
    availableUntil: string | null;
  }[];
  transactions: {
    onDate: string;
    kind: string;
    programCode: string;
    appropriationName: string;
    caseIdentifier: string | null;
    lineNumber: string | null;
    amountCents: number;
    description: string;
  }[];
  deadlines: { dueDate: string; title: string; overdue: boolean; source: string }[];
  activity: { at: string; actorName: string; action: string; entityType: string }[];
}

const dollars = (cents: number | null) => (cents === null ? null : cents / 100);
const usd = (cents: number | null) =>
  cents === null ? '' : `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const MONEY = '#,##0.00';

export async function portfolioXlsx(data: PortfolioExport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'IOPS';
  wb.created = new Date(data.generatedAt);
  const sheet = (name: string, columns: { header: string; width: number; money?: boolean }[], rows: (string | number | null)[][]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns.map((c) => ({
      header: c.header,
      key: c.header,
      width: c.width,
      ...(c.money ? { style: { numFmt: MONEY } } : {}),
    }));
    for (const r of rows) ws.addRow(r.map((v) => (typeof v === 'string' ? defuse(v) : v)));
    ws.getRow(1).font = { bold: true };
  };
  sheet(
    'Summary',
    [
      { header: 'Section', width: 26 },
      { header: 'Figure', width: 30 },
      { header: 'Breakdown', width: 12 },
      { header: 'Count', width: 10 },
      { header: 'Amount (USD)', width: 18, money: true },
      { header: 'Records', width: 50 },
    ],
    data.sections.flatMap((s) => s.figures.map((f) => [s.label, f.label, f.group ?? '', f.count, dollars(f.cents), f.link])),
  );
  sheet(
    'Cases',
    [
      { header: 'Case', width: 12 },
      { header: 'Title', width: 40 },
      { header: 'Type', width: 14 },
      { header: 'Status', width: 14 },
      { header: 'Funding', width: 24 },
      { header: 'Value (USD)', width: 18, money: true },
    ],
    data.cases.map((c) => [c.identifier, c.title, c.type, c.status, c.fundingSources.join(', '), dollars(c.totalCents)]),
  );
  sheet(
    'Funds',
    [
      { header: 'Program', width: 12 },
      { header: 'FY', width: 6 },
      { header: 'Name', width: 30 },
      { header: 'Appropriated (USD)', width: 18, money: true },
      { header: 'Obligated (USD)', width: 18, money: true },
      { header: 'Available (USD)', width: 18, money: true },
      { header: 'Available until', width: 14 },
    ],
    data.appropriations.map((a) => [
      a.programCode,
      a.fiscalYear,
      a.name,
      dollars(a.appropriatedCents),
      dollars(a.netObligatedCents),
      dollars(a.availableCents),
      a.availableUntil ?? '',
    ]),
  );
  sheet(
    'Obligations',
    [
      { header: 'Date', width: 12 },
      { header: 'Kind', width: 14 },
      { header: 'Program', width: 12 },
      { header: 'Appropriation', width: 30 },
      { header: 'Case', width: 12 },
      { header: 'Line', width: 6 },
      { header: 'Amount (USD)', width: 18, money: true },
      { header: 'Description', width: 40 },
    ],
    data.transactions.map((t) => [
      t.onDate,
      t.kind,
      t.programCode,
      t.appropriationName,
      t.caseIdentifier ?? '',
      t.lineNumber ?? '',
      dollars(t.kind === 'deobligation' ? -t.amountCents : t.amountCents),
      t.description,
    ]),
  );
  sheet(
    'Deadlines',
    [
      { header: 'Due', width: 12 },
      { header: 'What', width: 60 },
      { header: 'Overdue', width: 9 },
      { header: 'Source', width: 60 },
    ],
    data.deadlines.map((d) => [d.dueDate, d.title, d.overdue ? 'yes' : 'no', d.source]),
  );
  sheet(
    'Activity',
    [
      { header: 'When', width: 24 },
      { header: 'Who', width: 18 },
      { header: 'Action', width: 32 },
      { header: 'Record', width: 18 },
    ],
    data.activity.map((a) => [a.at, a.actorName, a.action, a.entityType]),
  );
  const about = wb.addWorksheet('About');
  about.columns = [{ width: 20 }, { width: 90 }];
  about.addRows([
    ['Portfolio', `${data.partner.name} (${data.partner.code})`],
    ['As of', data.asOf],
    ['Generated', data.generatedAt],
    ['Scope', 'Only records within the reader’s scope are included; the figures are those of the portfolio page'],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Doc = InstanceType<typeof PDFDocument>;

export function portfolioPdf(data: PortfolioExport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: { top: 40, bottom: 40, left: 40, right: 40 },
    info: { Title: `Portfolio brief: ${data.partner.name}`, Author: 'IOPS', Creator: 'IOPS', CreationDate: new Date(data.generatedAt) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(16).text(`Portfolio brief: ${data.partner.name} (${data.partner.code})`);
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#555')
    .text(`As of ${data.asOf}; generated ${data.generatedAt} by IOPS. Figures are those of the portfolio page, within the reader's scope.`)
    .fillColor('black');
  for (const s of data.sections) {
    heading(doc, s.label);
    for (const f of s.figures) row(doc, `${f.group ? '   ' : ''}${f.label}`, [f.count === null ? '' : String(f.count), usd(f.cents)]);
  }
  heading(doc, `Deadlines (${data.deadlines.length})`);
  for (const d of data.deadlines.slice(0, 40)) row(doc, `${d.dueDate}  ${d.title}`, [d.overdue ? 'OVERDUE' : '', '']);
  heading(doc, `Cases by value (${data.cases.length})`);
  for (const c of data.cases.slice(0, 40)) row(doc, `${c.identifier}  ${c.title}`, [c.status.replaceAll('_', ' '), usd(c.totalCents)]);
  heading(doc, 'Funds');
  for (const a of data.appropriations.slice(0, 40))
    row(doc, `${a.programCode} FY${a.fiscalYear} ${a.name}${a.availableUntil ? ` (until ${a.availableUntil})` : ''}`, [
      'available',
      usd(a.availableCents),
    ]);
  doc.end();
  return done;
}

function heading(doc: Doc, text: string) {
  if (doc.y > doc.page.height - 100) doc.addPage();
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(11).text(text, 40).font('Helvetica').fontSize(9).moveDown(0.2);
}

function row(doc: Doc, label: string, cells: [string, string]) {
  if (doc.y > doc.page.height - 60) doc.addPage();
  const y = doc.y;
  doc.text(label, 40, y, { width: 330, lineBreak: false, ellipsis: true });
  doc.text(cells[0], 380, y, { width: 70, align: 'right', lineBreak: false });
  doc.text(cells[1], 455, y, { width: 115, align: 'right', lineBreak: false });
  doc.y = y + 13;
}
