import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

const KIND: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  date: 'a date',
};

const FORMAT: Record<string, string> = {
  date: 'a date (YYYY-MM-DD)',
  datetime: 'a date and time (ISO 8601)',
  email: 'an email address',
  uuid: 'an identifier IOPS gave',
  url: 'a web address',
  regex: 'in the expected format',
};

const quoted = (values: readonly unknown[]) => values.map((v) => (v === null ? 'none' : String(v))).join(', ');

/**
 * The message a user reads for a field the schema refused, in plain words ("required", "at most 200 characters"),
 * instead of Zod's own ("Too small: expected string to have >=1 characters"). A message a schema states itself wins.
 */
export function plainMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'required' : `must be ${KIND[issue.expected] ?? issue.expected}`;
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return n <= 1 ? 'required' : `at least ${n} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return n <= 1 ? 'choose at least one' : `at least ${n} items`;
      return issue.inclusive === false ? `must be more than ${n}` : `must be at least ${n}`;
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return `at most ${n} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `at most ${n} items`;
      return issue.inclusive === false ? `must be less than ${n}` : `must be at most ${n}`;
    }
    case 'invalid_format':
      return `must be ${FORMAT[issue.format] ?? `in the ${issue.format} format`}`;
    case 'invalid_value':
      if (issue.input === undefined) return 'required';
      return `must be one of: ${quoted(issue.values)}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `not a field here: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'is not one of the accepted forms';
    default:
      return undefined;
  }
}
