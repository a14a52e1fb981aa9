import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

async function parse(chunks: string[]) {
  const out = [];
  for await (const r of parseCsv(
    (async function* () {
      yield* chunks;
    })(),
  ))
    out.push(r);
  return out;
}

const encode = (rows: string[][], eol: string) =>
  rows.map((r) => r.map((f) => (/[",\r\n]/.test(f) || f === '' ? `"${f.replaceAll('"', '""')}"` : f)).join(',')).join(eol) + eol;

describe('streaming CSV reader', () => {
  it('reads quoted fields, escaped quotes, embedded line breaks, CRLF and a BOM, numbering rows as a spreadsheet does', async () => {
    const rows = await parse(['\ufeffa,b\r\n"x, y","say ""hi"""\r\n', '\r\n"multi\nline",2\n3,4']);
    expect(rows).toEqual([
      { row: 1, fields: ['a', 'b'] },
      { row: 2, fields: ['x, y', 'say "hi"'] },
      { row: 4, fields: ['multi\nline', '2'] },
      { row: 5, fields: ['3', '4'] },
    ]);
  });
  it('gives the same records however the input is cut into chunks (property)', async () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', 'é'), maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (rows, eol, cuts) => {
          const text = encode(rows, eol);
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...points].map((p, i, all) => text.slice(p, all[i + 1] ?? text.length));
          const parsed = await parse(chunks);
          expect(parsed.map((r) => r.fields)).toEqual(rows);
        },
      ),
    );
  });
});
