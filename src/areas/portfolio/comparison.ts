// Several partners side by side (issue 6: "the same for all of them"): every figure of the partner page as one row,
// one cell per partner, with a total. Pure: the caller reads the figures (scoped in SQL); nothing here does I/O.
import type { PortfolioFigure } from '../../platform/sections/portfolio-section.ts';

export interface ComparedSection {
  id: string;
  area: string;
  label: string;
  figures: PortfolioFigure[];
}

export interface ComparisonCell {
  partnerCode: string;
  count: number | null;
  cents: number | null;
  /** The records behind the figure; null when the partner has none (the figure is absent: zero). */
  link: string | null;
  risk: PortfolioFigure['risk'];
}

export interface ComparisonRow {
  key: string;
  label: string;
  group: string | null;
  cells: ComparisonCell[];
  /** Sum of the cells for each measure the row has (counts, cents); null for a measure the row does not have. */
  total: { count: number | null; cents: number | null };
}

/** Keys in the order the partners list them: a key one partner lacks goes right after its predecessor in the partner that has it. */
export function mergeOrder(lists: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const list of lists) {
    list.forEach((key, i) => {
      if (out.includes(key)) return;
      const after = i === 0 ? -1 : out.indexOf(list[i - 1]!);
      out.splice(after + 1, 0, key);
    });
  }
  return out;
}

/**
 * Headline figures first (in the partners' order), then each breakdown in the order the groups first appear, its rows by
 * label: partners listing different statuses or programs still get one contiguous, predictable breakdown.
 */
function groupRows(keys: readonly string[], figureOf: (key: string) => PortfolioFigure): string[] {
  const groups = [...new Set(keys.map((k) => figureOf(k).group))];
  const rank = (k: string) => groups.indexOf(figureOf(k).group);
  return [...keys].sort(
    (a, b) => rank(a) - rank(b) || (figureOf(a).group === null ? 0 : figureOf(a).label.localeCompare(figureOf(b).label)),
  );
}

/**
 * One row per figure key (sections in their order), one cell per partner in `codes` order. A partner without the
 * figure shows zero for each measure the row has (count and/or cents) and no link; totals sum the cells.
 */
export function compareSections(codes: readonly string[], sectionsOf: (code: string) => readonly ComparedSection[]) {
  const perPartner = codes.map((code) => ({ code, sections: sectionsOf(code) }));
  const sectionIds = mergeOrder(perPartner.map((p) => p.sections.map((s) => s.id)));
  return sectionIds.map((id) => {
    const of = perPartner.map((p) => ({ code: p.code, section: p.sections.find((s) => s.id === id) }));
    const head = of.find((p) => p.section)!.section!;
    const figures = of.map((p) => ({ code: p.code, byKey: new Map((p.section?.figures ?? []).map((f) => [f.key, f])) }));
    const merged = mergeOrder(of.map((p) => (p.section?.figures ?? []).map((f) => f.key)));
    const keys = groupRows(merged, (key) => figures.flatMap((p) => p.byKey.get(key) ?? [])[0]!);
    const rows: ComparisonRow[] = keys.map((key) => {
      const found = figures.flatMap((p) => p.byKey.get(key) ?? []);
      const sample = found[0]!;
      const hasCount = found.some((f) => f.count !== null);
      const hasCents = found.some((f) => f.cents !== null);
      const cells = figures.map(({ code, byKey }): ComparisonCell => {
        const f = byKey.get(key);
        return f
          ? {
              partnerCode: code,
              count: hasCount ? (f.count ?? 0) : null,
              cents: hasCents ? (f.cents ?? 0) : null,
              link: f.link,
              risk: f.risk,
            }
          : { partnerCode: code, count: hasCount ? 0 : null, cents: hasCents ? 0 : null, link: null, risk: sample.risk };
      });
      const sum = (k: 'count' | 'cents') => cells.reduce((s, c) => s + (c[k] ?? 0), 0);
      return {
        key,
        label: sample.label,
        group: sample.group,
        cells,
        total: { count: hasCount ? sum('count') : null, cents: hasCents ? sum('cents') : null },
      };
    });
    return { id, area: head.area, label: head.label, rows };
  });
}
