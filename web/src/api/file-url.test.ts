import { describe, expect, it } from 'vitest';
import { eumFiles } from './eum-client.ts';
import { fileUrl, queryString, withoutPage } from './file-url.ts';

describe('query strings', () => {
  it('leaves out empty filters, so a cleared filter means any', () => {
    expect(queryString({ status: 'active', partner: '', q: undefined, overdue: null, limit: 50, offset: 0 })).toBe(
      'status=active&limit=50&offset=0',
    );
    expect(queryString({})).toBe('');
    expect(queryString(undefined)).toBe('');
  });

  it('encodes values and repeats a list', () => {
    expect(queryString({ q: 'F-16 & spares', partners: ['AT', 'BE'], late: true })).toBe(
      'q=F-16+%26+spares&partners=AT&partners=BE&late=true',
    );
  });
});

describe('file addresses', () => {
  it('fills the path parameters, encoded', () => {
    expect(fileUrl('/cases/{ref}/versions/{number}/document.pdf', { path: { ref: 'AT-B/AAA', number: 2 } })).toBe(
      '/api/cases/AT-B%2FAAA/versions/2/document.pdf',
    );
  });

  it('adds the filters of a list download without its page', () => {
    const query = { status: 'active' as const, partner: 'AT', q: '', limit: 50, offset: 100 };
    expect(fileUrl('/leases/export.csv', { query: withoutPage(query) })).toBe('/api/leases/export.csv?status=active&partner=AT');
    expect(eumFiles.items('xlsx', { partner: 'BE', limit: 50, offset: 50 })).toBe('/api/eum/items/export.xlsx?partner=BE');
    expect(eumFiles.expected('csv', 'inv 1')).toBe('/api/eum/inventories/inv%201/expected.csv');
  });

  it('refuses a path whose parameter is missing rather than linking to a wrong address', () => {
    expect(() => fileUrl('/portfolios/{partner}/brief.pdf', { path: {} as { partner: string } })).toThrow(/partner/);
  });
});
