import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrors } from './validate.ts';

const schema = z.object({
  name: z.string().trim().min(1).max(10),
  count: z.number().int().positive(),
  on: z.iso.date(),
  kind: z.enum(['a', 'b']),
  codes: z.array(z.string()).min(1),
  reason: z.string().min(1, 'say why'),
});

const messages = (input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a refusal');
  return Object.fromEntries(fieldErrors(result.error).map((f) => [f.path, f.message]));
};

describe('plain messages for refused fields', () => {
  it('names what is wrong in plain words, never Zod internals', () => {
    expect(messages({})).toEqual({
      name: 'required',
      count: 'required',
      on: 'required',
      kind: 'required',
      codes: 'required',
      reason: 'required',
    });
    expect(messages({ name: '', count: 0, on: '2026-13-01', kind: 'c', codes: [], reason: '' })).toEqual({
      name: 'required',
      count: 'must be more than 0',
      on: 'must be a date (YYYY-MM-DD)',
      kind: 'must be one of: a, b',
      codes: 'choose at least one',
      reason: 'say why',
    });
    expect(messages({ name: 'x'.repeat(11), count: 1.5, on: 3, kind: 'a', codes: ['x'], reason: 'r' })).toEqual({
      name: 'at most 10 characters',
      count: 'must be a whole number',
      on: 'must be text',
    });
  });
});
