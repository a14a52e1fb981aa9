import { describe, expect, it } from 'vitest';
import { figure } from '../../platform/sections/portfolio-section.ts';
import { compareSections, mergeOrder } from './comparison.ts';

describe('side by side', () => {
  it('merges the partners’ figure orders, a missing key placed after its predecessor', () => {
    expect(
      mergeOrder([
        ['open', 'status.draft', 'program.fmf'],
        ['open', 'status.closed', 'status.draft'],
      ]),
    ).toEqual(['open', 'status.closed', 'status.draft', 'program.fmf']);
    expect(mergeOrder([[], ['a', 'b']])).toEqual(['a', 'b']);
  });

  it('one row per figure, a zero without a link where a partner lacks it, totals only for the measures a row has', () => {
    const sections = (code: string) => [
      {
        id: 'cases',
        area: 'cases',
        label: 'Cases',
        figures:
          code === 'AT'
            ? [
                figure({ key: 'open', label: 'Open', count: 2, cents: 500, link: '/AT/open' }),
                figure({ key: 'all', label: 'All', count: 3, link: '/AT/all' }),
              ]
            : [figure({ key: 'open', label: 'Open', count: 1, cents: 100, link: '/BE/open' })],
      },
    ];
    const [cases] = compareSections(['AT', 'BE'], sections);
    expect(cases!.rows).toEqual([
      {
        key: 'open',
        label: 'Open',
        group: null,
        cells: [
          { partnerCode: 'AT', count: 2, cents: 500, link: '/AT/open', risk: null },
          { partnerCode: 'BE', count: 1, cents: 100, link: '/BE/open', risk: null },
        ],
        total: { count: 3, cents: 600 },
      },
      {
        key: 'all',
        label: 'All',
        group: null,
        cells: [
          { partnerCode: 'AT', count: 3, cents: null, link: '/AT/all', risk: null },
          { partnerCode: 'BE', count: 0, cents: null, link: null, risk: null },
        ],
        total: { count: 3, cents: null },
      },
    ]);
  });

  it('keeps each breakdown together, its rows by label, whatever each partner happens to list', () => {
    const f = (key: string, label: string, group: string | null) => figure({ key, label, group, count: 1, link: `/${key}` });
    const sections = (code: string) => [
      {
        id: 'cases',
        area: 'cases',
        label: 'Cases',
        figures:
          code === 'EN'
            ? [f('open', 'Open', null), f('s.implemented', 'Implemented', 'by_status'), f('p.nat', 'National funds', 'by_program')]
            : [f('open', 'Open', null), f('s.review', 'In review', 'by_status'), f('p.fmf', 'FMF', 'by_program')],
      },
    ];
    expect(compareSections(['EN', 'LG'], sections)[0]!.rows.map((r) => r.key)).toEqual([
      'open',
      's.implemented',
      's.review',
      'p.fmf',
      'p.nat',
    ]);
  });
});
