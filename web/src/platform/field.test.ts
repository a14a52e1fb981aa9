import { describe, expect, it } from 'vitest';
import { fieldName, unplacedFieldErrors } from './field.tsx';

describe('field errors in words', () => {
  it('names a field by its path in words, items counted from one', () => {
    expect(fieldName('title')).toBe('title');
    expect(fieldName('unitCostCents')).toBe('unit cost cents');
    expect(fieldName('lines.2.unitCostCents')).toBe('line 3, unit cost cents');
    expect(fieldName('countries.0')).toBe('country 1');
    expect(fieldName('(body)')).toBe('');
  });

  it('lists only the errors no field on the form shows', () => {
    const fields = [
      { path: 'title', message: 'required' },
      { path: 'lines.0.quantity', message: 'must be more than 0' },
      { path: '(body)', message: 'not a field here: x' },
    ];
    expect(unplacedFieldErrors(fields, ['title'])).toEqual(['line 1, quantity: must be more than 0', 'not a field here: x']);
    expect(unplacedFieldErrors(fields, ['title', 'lines'])).toEqual(['not a field here: x']);
  });
});
