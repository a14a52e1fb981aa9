// The LOA document as a PDF: header, lines, notes, totals, payment schedule and signature blocks, laid out after the
// LOA of SAMM Figure C5.F6 (instructions for preparing an LOA) with MASL data per SAMM Fig C5.F24. Pure apart from
// pdfkit: the caller loads the data; nothing here reads a clock, the database or the file system.
import PDFDocument from 'pdfkit';
import type { CaseType, LoaLine, LoaNote, Payment, VersionDiff } from '../cases/public.ts';

type Doc = InstanceType<typeof PDFDocument>;

export type VersionKind = 'basic' | 'amendment' | 'modification';

export interface Signatory {
  name: string | null;
  title: string | null;
  date: string | null;
}

export interface LoaHeader {
  identifier: string;
  title: string;
  purchaser: { code: string; name: string };
  implementingAgency: { code: string; name: string };
  caseType: CaseType;
  fundingSources: readonly string[];
  /** When the document was made (ISO timestamp), printed in the footer and the PDF metadata. */
  generatedAt: string;
}

export interface LoaVersionInfo {
  number: number;
  kind: VersionKind;
  reason: string;
  /** Not yet offered or issued: every page is marked DRAFT. */
  draft: boolean;
  offerDate: string | null;
  offerExpirationDate: string | null;
  acceptedOn: string | null;
}

export interface LoaDocumentData extends LoaHeader {
  version: LoaVersionInfo;
  lines: readonly LoaLine[];
  notes: readonly LoaNote[];
  paymentSchedule: readonly Payment[];
  totals: { linesCents: number; accessorialCents: number; surchargeBasisPoints: number; administrativeCents: number; totalCents: number };
  signatures: { unitedStates: Signatory; purchaser: Signatory };
}

export interface LoaDiffDocumentData extends LoaHeader {
  from: LoaVersionInfo;
  to: LoaVersionInfo;
  diff: VersionDiff;
  /** The lines of both versions, to name a changed line by its description. */
  linesBefore: readonly LoaLine[];
  linesAfter: readonly LoaLine[];
  notesBefore: readonly LoaNote[];
  notesAfter: readonly LoaNote[];
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting (at the edge: money stays integer cents until here)

/** US dollars from integer cents, exact for any safe integer: 232200000 → "$2,322,000.00". */
export function formatUsd(cents: number, options: { signed?: boolean } = {}): string {
  const negative = cents < 0;
  const abs = BigInt(Math.abs(Math.trunc(cents)));
  const dollars = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = (abs % 100n).toString().padStart(2, '0');
  const sign = negative ? '-' : options.signed && cents > 0 ? '+' : '';
  return `${sign}$${dollars}.${rest}`;
}

/** A rate in basis points as a percentage: 320 → "3.2%". */
export const formatRate = (basisPoints: number) => `${(basisPoints / 100).toFixed(2).replace(/\.?0+$/, '')}%`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** ISO date as printed on the LOA: "15 Jan 2027". */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

export function versionLabel(v: Pick<LoaVersionInfo, 'kind' | 'number'>): string {
  return v.kind === 'basic' ? 'Basic LOA' : `${v.kind === 'amendment' ? 'Amendment' : 'Modification'} ${v.number}`;
}

export const CASE_TYPE_LABELS: Record<CaseType, string> = {
  defined_order: 'Defined order',
  blanket_order: 'Blanket order',
  clssa: 'Cooperative Logistics Supply Support Arrangement (CLSSA)',
  bpc: 'Building Partner Capacity (BPC)',
};

// The built-in PDF fonts encode WinAnsi (Windows-1252) only: other characters would print as garbage, so they are
// spelled out where there is a common equivalent and replaced by "?" otherwise.
const CP1252_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const SPELLED: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '′': "'",
  '″': '"',
  '\u00a0': ' ',
};
export function winAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (ch === '\n' || ch === '\t' || (code >= 0x20 && code < 0x7f) || (code >= 0xa1 && code <= 0xff) || CP1252_EXTRAS.has(ch)) out += ch;
    else out += SPELLED[ch] ?? (code < 0x20 ? ' ' : '?');
  }
  return out;
}

const markers = (line: LoaLine) => [line.mde && 'MDE', line.sme && 'SME', line.eeum && 'EEUM'].filter(Boolean).join(' ');
const extended = (line: LoaLine) => line.quantity * line.unitCostCents;

// ---------------------------------------------------------------------------------------------------------------
// Layout

const MARGIN = 36;
const FOOTER = 22;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';

function open(header: LoaHeader, subject: string): { doc: Doc; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'LETTER',
    layout: 'landscape',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: `${header.identifier} ${subject}`,
      Subject: subject,
      Author: 'IOPS',
      Creator: 'IOPS',
      CreationDate: new Date(header.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function heading(doc: Doc, text: string) {
  ensureSpace(doc, 40);
  doc
    .moveDown(0.6)
    .font(BOLD)
    .fontSize(10)
    .fillColor('black')
    .text(text.toUpperCase(), MARGIN, doc.y, { width: contentWidth(doc) });
  const y = doc.y + 1;
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + contentWidth(doc), y)
    .lineWidth(0.5)
    .strokeColor('#444')
    .stroke();
  doc.y = y + 4;
}

/** Title, draft banner and the case data every LOA page set starts with. */
function header(doc: Doc, h: LoaHeader, versionText: string, draft: boolean, dates: [string, string][]) {
  const width = contentWidth(doc);
  doc.font(BOLD).fontSize(8).fillColor('black').text('UNITED STATES OF AMERICA', MARGIN, MARGIN, { width, align: 'center' });
  doc.font(BOLD).fontSize(14).text('LETTER OF OFFER AND ACCEPTANCE', { width, align: 'center' });
  doc
    .font(FONT)
    .fontSize(10)
    .text(winAnsi(`${h.identifier} — ${versionText}`), { width, align: 'center' });
  if (draft) doc.font(BOLD).fontSize(11).fillColor('#b00000').text('DRAFT — NOT AN OFFER', { width, align: 'center' }).fillColor('black');
  doc.moveDown(0.6);

  const fields: [string, string][] = [
    ['Case identifier', h.identifier],
    ['Version', versionText],
    ['Purchaser', `${h.purchaser.name} (${h.purchaser.code})`],
    ['Implementing agency', `${h.implementingAgency.name} (${h.implementingAgency.code})`],
    ['Case type', CASE_TYPE_LABELS[h.caseType]],
    ['Funding', h.fundingSources.map((s) => s.replaceAll('_', ' ')).join(', ')],
    ['Title', h.title],
    ...dates,
  ];
  const col = width / 2;
  const top = doc.y;
  const rows = Math.ceil(fields.length / 2);
  let leftY = top;
  let rightY = top;
  fields.forEach(([label, value], i) => {
    const left = i < rows;
    const x = MARGIN + (left ? 0 : col);
    const y = left ? leftY : rightY;
    doc.font(BOLD).fontSize(8).text(`${label}:`, x, y, { width: 110 });
    doc
      .font(FONT)
      .fontSize(8)
      .text(winAnsi(value) || '—', x + 112, y, { width: col - 120 });
    const next = Math.max(doc.y, y + 11) + 2;
    if (left) leftY = next;
    else rightY = next;
  });
  doc.x = MARGIN;
  doc.y = Math.max(leftY, rightY) + 4;
}

interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

/** A table that breaks across pages, repeating its header row; rows wrap and are never split. */
function table(
  doc: Doc,
  columns: readonly Column[],
  rawRows: readonly string[][],
  options: { fontSize?: number; boldLast?: boolean; stretch?: boolean } = {},
) {
  const size = options.fontSize ?? 7.5;
  const pad = 2.5;
  const total = columns.reduce((s, c) => s + c.width, 0);
  const scale = options.stretch ? contentWidth(doc) / total : Math.min(1, contentWidth(doc) / total);
  const cols = columns.map((c) => ({ ...c, width: c.width * scale }));
  const tableWidth = total * scale;
  const rows = rawRows.map((cells) => cells.map(winAnsi));

  const rowHeight = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(size);
    return Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: cols[i]!.width - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: readonly string[], font: string, fill?: string) => {
    const height = rowHeight(cells, font);
    const y = doc.y;
    if (fill) doc.rect(MARGIN, y, tableWidth, height).fill(fill).fillColor('black');
    let x = MARGIN;
    doc.font(font).fontSize(size).fillColor('black');
    cells.forEach((cell, i) => {
      const col = cols[i]!;
      doc.text(cell, x + pad, y + pad, { width: col.width - 2 * pad, align: col.align ?? 'left', lineBreak: true });
      x += col.width;
    });
    doc
      .moveTo(MARGIN, y + height)
      .lineTo(MARGIN + tableWidth, y + height)
      .lineWidth(0.25)
      .strokeColor('#999')
      .stroke();
    doc.x = MARGIN;
    doc.y = y + height;
  };
  const headerCells = cols.map((c) => c.header);
  const headerHeight = rowHeight(headerCells, BOLD);
  ensureSpace(doc, headerHeight + 14);
  drawRow(headerCells, BOLD, '#e6e6e6');
  rows.forEach((cells, index) => {
    const bold = options.boldLast && index === rows.length - 1;
    const height = rowHeight(cells, bold ? BOLD : FONT);
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      doc.y = MARGIN;
      drawRow(headerCells, BOLD, '#e6e6e6');
    }
    drawRow(cells, bold ? BOLD : FONT);
  });
  doc.moveDown(0.3);
}

function paragraph(doc: Doc, text: string, options: { font?: string; size?: number; color?: string } = {}) {
  doc
    .font(options.font ?? FONT)
    .fontSize(options.size ?? 8)
    .fillColor(options.color ?? 'black')
    .text(winAnsi(text), MARGIN, doc.y, { width: contentWidth(doc) });
  doc.fillColor('black');
}

const LINE_COLUMNS: Column[] = [
  { header: 'Line', width: 28 },
  { header: 'Description', width: 200 },
  { header: 'MASL generic code', width: 44, align: 'center' },
  { header: 'MASL number', width: 78 },
  { header: 'Quantity', width: 44, align: 'right' },
  { header: 'Unit of issue', width: 34, align: 'center' },
  { header: 'Unit cost', width: 70, align: 'right' },
  { header: 'Extended cost', width: 80, align: 'right' },
  { header: 'MDE / SME / EEUM', width: 52, align: 'center' },
  { header: 'Source of supply', width: 40, align: 'center' },
  { header: 'Delivery period', width: 70 },
];

const lineCells = (l: LoaLine) => [
  l.lineNumber,
  l.description,
  l.maslGenericCode,
  l.maslNumber,
  l.quantity.toLocaleString('en-US'),
  l.unitOfIssue,
  formatUsd(l.unitCostCents),
  formatUsd(extended(l)),
  markers(l),
  l.sourceOfSupply,
  l.deliveryPeriod,
];

/** Footer with page numbers on every page, and the diagonal DRAFT watermark on a draft. */
function finish(doc: Doc, footerLeft: string, draft: boolean, generatedAt: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const savedBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the footer must not start a new page
    const y = doc.page.height - MARGIN - 10;
    const width = contentWidth(doc);
    doc.font(FONT).fontSize(7).fillColor('#444');
    doc.text(winAnsi(footerLeft), MARGIN, y, { width: width / 3, lineBreak: false });
    doc.text(`${draft ? 'DRAFT — ' : ''}Generated ${generatedAt.slice(0, 10)} by IOPS`, MARGIN + width / 3, y, {
      width: width / 3,
      align: 'center',
      lineBreak: false,
    });
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, MARGIN + (2 * width) / 3, y, {
      width: width / 3,
      align: 'right',
      lineBreak: false,
    });
    if (draft) {
      doc.save();
      doc.rotate(-30, { origin: [doc.page.width / 2, doc.page.height / 2] });
      doc.font(BOLD).fontSize(120).fillColor('#cc0000').fillOpacity(0.12);
      doc.text('DRAFT', 0, doc.page.height / 2 - 60, { width: doc.page.width, align: 'center', lineBreak: false });
      doc.restore();
      doc.fillOpacity(1);
    }
    doc.page.margins.bottom = savedBottom;
    doc.fillColor('black');
  }
  doc.end();
}

function signatureBlocks(doc: Doc, data: LoaDocumentData) {
  const height = 120;
  ensureSpace(doc, height + 30);
  heading(doc, 'Signatures');
  const width = (contentWidth(doc) - 24) / 2;
  const top = doc.y + 4;
  const block = (x: number, title: string, who: Signatory, extra: [string, string][]) => {
    doc.font(BOLD).fontSize(9).text(winAnsi(title), x, top, { width });
    let y = top + 30;
    doc
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(0.5)
      .strokeColor('black')
      .stroke();
    doc
      .font(FONT)
      .fontSize(7)
      .text('Signature', x, y + 2, { width });
    y += 16;
    for (const [label, value] of [['Name', who.name ?? ''], ['Title', who.title ?? ''], ...extra, ['Date', formatDate(who.date)]] as [
      string,
      string,
    ][]) {
      doc.font(BOLD).fontSize(8).text(`${label}:`, x, y, { width: 70 });
      doc
        .font(FONT)
        .fontSize(8)
        .text(winAnsi(value), x + 72, y, { width: width - 72 });
      doc
        .moveTo(x + 70, y + 10)
        .lineTo(x + width, y + 10)
        .lineWidth(0.25)
        .strokeColor('#666')
        .stroke();
      y += 16;
    }
  };
  block(MARGIN, 'For the United States Government', data.signatures.unitedStates, [['Agency', data.implementingAgency.name]]);
  block(MARGIN + width + 24, `For the Purchaser: ${data.purchaser.name}`, data.signatures.purchaser, []);
  doc.x = MARGIN;
  doc.y = top + height;
}

/** Renders one LOA version (basic LOA, amendment or modification) as a PDF. */
export function renderLoaPdf(data: LoaDocumentData): Promise<Buffer> {
  const label = versionLabel(data.version);
  const { doc, done } = open(data, label);
  header(doc, data, label, data.version.draft, [
    ['Offer date', formatDate(data.version.offerDate)],
    ['Offer expiration date', formatDate(data.version.offerExpirationDate)],
    ...(data.version.acceptedOn
      ? [[data.version.kind === 'modification' ? 'Implemented' : 'Accepted', formatDate(data.version.acceptedOn)] as [string, string]]
      : []),
    ...(data.version.kind !== 'basic' ? [['Purpose', data.version.reason] as [string, string]] : []),
  ]);
  paragraph(
    doc,
    `The Government of the United States of America offers to sell to the Government of ${data.purchaser.name} the defense articles and services listed below, ` +
      'at the estimated costs shown, subject to the terms and conditions of this Letter of Offer and Acceptance.',
  );

  heading(doc, `Lines (${data.lines.length})`);
  if (data.lines.length) table(doc, LINE_COLUMNS, data.lines.map(lineCells), { stretch: true });
  else paragraph(doc, 'No lines.');

  heading(doc, 'Estimated costs');
  const t = data.totals;
  table(
    doc,
    [
      { header: 'Cost element', width: 300 },
      { header: 'Amount (US dollars)', width: 120, align: 'right' },
    ],
    [
      ['Net estimated cost (lines)', formatUsd(t.linesCents)],
      ['Accessorial charges', formatUsd(t.accessorialCents)],
      [`Administrative surcharge at ${formatRate(t.surchargeBasisPoints)}`, formatUsd(t.administrativeCents)],
      ['Total estimated case value', formatUsd(t.totalCents)],
    ],
    { fontSize: 8.5, boldLast: true },
  );

  heading(doc, 'Estimated payment schedule');
  if (data.paymentSchedule.length) {
    let cumulative = 0;
    const rows = data.paymentSchedule.map((p) => {
      cumulative += p.amountCents;
      return [formatDate(p.dueDate), formatUsd(p.amountCents), formatUsd(cumulative)];
    });
    table(
      doc,
      [
        { header: 'Due date', width: 120 },
        { header: 'Amount', width: 120, align: 'right' },
        { header: 'Cumulative', width: 120, align: 'right' },
      ],
      [...rows, ['Total', formatUsd(cumulative), '']],
      { fontSize: 8.5, boldLast: true },
    );
  } else paragraph(doc, 'No payment schedule.');

  heading(doc, `Notes (${data.notes.length})`);
  if (!data.notes.length) paragraph(doc, 'No notes.');
  for (const note of data.notes) {
    ensureSpace(doc, 36);
    paragraph(doc, `${note.code} — ${note.title}`, { font: BOLD, size: 8.5 });
    paragraph(doc, note.text);
    doc.moveDown(0.4);
  }

  signatureBlocks(doc, data);
  finish(doc, `${data.identifier} · ${label} · ${data.purchaser.name}`, data.version.draft, data.generatedAt);
  return done;
}

const FIELD_LABELS: Record<string, string> = {
  description: 'Description',
  maslGenericCode: 'MASL generic code',
  maslNumber: 'MASL number',
  quantity: 'Quantity',
  unitOfIssue: 'Unit of issue',
  unitCostCents: 'Unit cost',
  mde: 'MDE',
  sme: 'SME',
  eeum: 'EEUM',
  sourceOfSupply: 'Source of supply',
  deliveryPeriod: 'Delivery period',
};

function fieldValue(field: string, value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (field === 'unitCostCents' && typeof value === 'number') return formatUsd(value);
  if (typeof value === 'number') return value.toLocaleString('en-US');
  return String(value ?? '');
}

/** Renders what one LOA version changes from another (an amendment or modification against what it revises). */
export function renderLoaDiffPdf(data: LoaDiffDocumentData): Promise<Buffer> {
  const subject = `${versionLabel(data.to)}: changes from ${versionLabel(data.from)}`;
  const { doc, done } = open(data, subject);
  const d = data.diff;
  header(doc, data, subject, data.to.draft, [
    ['Compared', `${versionLabel(data.from)} with ${versionLabel(data.to)}`],
    ...(data.to.kind !== 'basic' ? [['Purpose', data.to.reason] as [string, string]] : []),
    ...(data.to.acceptedOn
      ? [[data.to.kind === 'modification' ? 'Implemented' : 'Accepted', formatDate(data.to.acceptedOn)] as [string, string]]
      : []),
  ]);

  heading(doc, 'Summary of changes');
  table(
    doc,
    [
      { header: 'Item', width: 240 },
      { header: versionLabel(data.from), width: 120, align: 'right' },
      { header: versionLabel(data.to), width: 120, align: 'right' },
      { header: 'Change', width: 120, align: 'right' },
    ],
    [
      ['Lines added / removed / changed', '', '', `${d.linesAdded.length} / ${d.linesRemoved.length} / ${d.linesChanged.length}`],
      ['Notes added / removed / changed', '', '', `${d.notesAdded.length} / ${d.notesRemoved.length} / ${d.notesChanged.length}`],
      ...(d.accessorialCents
        ? [
            [
              'Accessorial charges',
              formatUsd(d.accessorialCents.from),
              formatUsd(d.accessorialCents.to),
              formatUsd(d.accessorialCents.to - d.accessorialCents.from, { signed: true }),
            ],
          ]
        : []),
      [
        'Total estimated case value',
        formatUsd(d.totalCents.from),
        formatUsd(d.totalCents.to),
        formatUsd(d.totalCents.delta, { signed: true }),
      ],
    ],
    { fontSize: 8.5, boldLast: true },
  );

  const nothing =
    !d.linesAdded.length &&
    !d.linesRemoved.length &&
    !d.linesChanged.length &&
    !d.notesAdded.length &&
    !d.notesRemoved.length &&
    !d.notesChanged.length &&
    !d.accessorialCents;
  if (nothing) paragraph(doc, 'The two versions have the same lines, notes and charges.');

  if (d.linesAdded.length) {
    heading(doc, `Lines added (${d.linesAdded.length})`);
    table(doc, LINE_COLUMNS, d.linesAdded.map(lineCells), { stretch: true });
  }
  if (d.linesRemoved.length) {
    heading(doc, `Lines removed (${d.linesRemoved.length})`);
    table(doc, LINE_COLUMNS, d.linesRemoved.map(lineCells), { stretch: true });
  }
  if (d.linesChanged.length) {
    heading(doc, `Lines changed (${d.linesChanged.length})`);
    const after = new Map(data.linesAfter.map((l) => [l.lineNumber, l]));
    const before = new Map(data.linesBefore.map((l) => [l.lineNumber, l]));
    const rows = d.linesChanged.flatMap((c) => {
      const line = after.get(c.lineNumber);
      const was = before.get(c.lineNumber);
      const changes = c.changes.map((f) => [
        '',
        '',
        FIELD_LABELS[f.field] ?? f.field,
        fieldValue(f.field, f.from),
        fieldValue(f.field, f.to),
      ]);
      const extendedChange =
        line && was && extended(line) !== extended(was)
          ? [['', '', 'Extended cost', formatUsd(extended(was)), formatUsd(extended(line))]]
          : [];
      const all = [...changes, ...extendedChange];
      all[0]![0] = c.lineNumber;
      all[0]![1] = line?.description ?? '';
      return all;
    });
    table(
      doc,
      [
        { header: 'Line', width: 30 },
        { header: 'Description', width: 230 },
        { header: 'Field', width: 90 },
        { header: 'Was', width: 150 },
        { header: 'Now', width: 150 },
      ],
      rows,
      { stretch: true },
    );
  }
  const noteTitle = (code: string, notes: readonly LoaNote[]) => `${code} — ${notes.find((n) => n.code === code)?.title ?? ''}`;
  if (d.notesAdded.length || d.notesRemoved.length || d.notesChanged.length) {
    heading(doc, 'Notes');
    for (const code of d.notesAdded) {
      paragraph(doc, `Added: ${noteTitle(code, data.notesAfter)}`, { font: BOLD });
      paragraph(doc, data.notesAfter.find((n) => n.code === code)?.text ?? '');
      doc.moveDown(0.3);
    }
    for (const code of d.notesChanged) {
      paragraph(doc, `Changed: ${noteTitle(code, data.notesAfter)}`, { font: BOLD });
      paragraph(doc, `Now reads: ${data.notesAfter.find((n) => n.code === code)?.text ?? ''}`);
      doc.moveDown(0.3);
    }
    for (const code of d.notesRemoved) paragraph(doc, `Removed: ${noteTitle(code, data.notesBefore)}`, { font: BOLD });
  }
  finish(doc, `${data.identifier} · ${subject}`, data.to.draft, data.generatedAt);
  return done;
}
