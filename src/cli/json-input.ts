import { readFileSync } from 'node:fs';
import { AppError } from '../platform/http/errors.ts';

/** A file holding a JSON array of request bodies; one that is not names the file (and the line, where JSON.parse says). */
export function readRequests(file: string, what = 'determination requests'): unknown[] {
  const text = readFileSync(file, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = position === undefined ? null : text.slice(0, Number(position)).split('\n').length;
    throw new AppError(400, 'bad_request', `${file}${line ? ` line ${line}` : ''}: not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new AppError(400, 'bad_request', `${file}: expected a JSON array of ${what}`);
  return parsed;
}
