// A streaming RFC 4180 reader: quoted fields (with "" escapes and line breaks), CRLF or LF, a leading BOM dropped.
// Written here because no CSV parser is among the dependencies (csv-stringify writes only).

export interface CsvRecord {
  /** 1-based record number: the row a spreadsheet shows (the header is row 1). */
  row: number;
  fields: string[];
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

export async function* parseCsv(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<CsvRecord> {
  const decoder = new TextDecoder('utf-8');
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let quoteSeen = false; // inside a quoted field, the previous char was a quote
  let row = 0;
  let first = true;
  let pending = false; // a record has started
  let afterCr = false; // the previous character ended a record with CR (its LF may open the next chunk)
  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let start = 0;
    const out: CsvRecord[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (afterCr) {
        afterCr = false;
        if (c === LF) {
          start = i + 1;
          continue;
        }
      }
      if (quoted) {
        if (quoteSeen) {
          quoteSeen = false;
          if (c === QUOTE) {
            field += '"';
            start = i + 1;
            continue;
          }
          quoted = false; // the quote closed the field; fall through to handle c unquoted
        } else if (c === QUOTE) {
          field += text.slice(start, i);
          quoteSeen = true;
          start = i + 1;
          continue;
        } else continue;
      }
      pending = true;
      if (c === QUOTE && start === i && field === '') {
        quoted = true;
        start = i + 1;
        continue;
      }
      if (c === COMMA) {
        fields.push(field + text.slice(start, i));
        field = '';
        start = i + 1;
        continue;
      }
      if (c === LF || c === CR) {
        fields.push(field + text.slice(start, i));
        field = '';
        afterCr = c === CR;
        start = i + 1;
        row++;
        if (!(fields.length === 1 && fields[0] === '')) out.push({ row, fields });
        fields = [];
        pending = false;
      }
    }
    if (quoted && !quoteSeen) field += text.slice(start);
    else if (!quoted) field += text.slice(start);
    yield* out;
  }
  const tail = decoder.decode();
  if (tail) field += tail;
  if (pending || field !== '' || fields.length) {
    fields.push(field);
    row++;
    if (!(fields.length === 1 && fields[0] === '')) yield { row, fields };
  }
}
