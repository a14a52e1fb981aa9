import { describe, expect, it } from 'vitest';
import { type Cell, sheetStream } from './sheet-stream.ts';

const failing = (): AsyncIterable<Cell[]> => ({
  [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('the query failed')) }),
});

async function* three(): AsyncGenerator<Cell[]> {
  for (const n of [1, 2, 3]) yield [n, `=cmd${n}`];
}

describe('sheetStream', () => {
  it.each(['csv', 'xlsx'] as const)('fails before the download starts when the first rows cannot be read (%s)', async (format) => {
    await expect(sheetStream(format, 'Rows', ['a', 'b'], failing())).rejects.toThrow('the query failed');
  });

  it('streams every row after the first, formulas defused', async () => {
    const text = await new Response(await sheetStream('csv', 'Rows', ['n', 'cell'], three())).text();
    expect(text.split('\r\n').filter(Boolean)).toEqual(['n,cell', "1,'=cmd1", "2,'=cmd2", "3,'=cmd3"]);
  });
});
