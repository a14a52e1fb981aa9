import type { Db } from '../../db/client.ts';
import { decide, type Principal } from '../access/policy.ts';
import { parseInput } from '../http/validate.ts';
import { searchQuery } from './model.ts';
import type { SearchSource } from './source.ts';

/**
 * The global search: every source whose area the principal may read, in parallel, grouped by kind. A group's total is
 * what its list page would show for the same words (the same service answers both).
 */
export async function search(db: Db, sources: readonly SearchSource[], principal: Principal, raw: unknown) {
  const { q, limit } = parseInput(searchQuery, raw);
  const words = q.trim();
  const readable = [...sources]
    .filter((s) => decide(principal, 'read', { area: s.area }).allowed)
    .sort((a, b) => a.order - b.order || a.kind.localeCompare(b.kind));
  const groups = await Promise.all(
    readable.map(async (source) => {
      const { hits, total } = await source.search(db, principal, words, limit);
      return { kind: source.kind, label: source.label, hits, total, listLink: source.listLink?.(words) ?? null };
    }),
  );
  return { q: words, groups: groups.filter((g) => g.hits.length > 0) };
}

/**
 * The ids of the records a business identifier names exactly (a case identifier, transmittal or serial number, lease
 * designator, or a record's id: a partner's is its code), among those the principal may read: the audit log finds a
 * record's history by it.
 */
export async function recordsNamed(db: Db, sources: readonly SearchSource[], principal: Principal, name: string): Promise<string[]> {
  const wanted = name.trim().toLowerCase();
  const readable = sources.filter((s) => decide(principal, 'read', { area: s.area }).allowed);
  const found = await Promise.all(readable.map((source) => source.search(db, principal, name.trim(), 20)));
  return [
    ...new Set(
      found.flatMap(({ hits }) => hits.filter((h) => h.title.toLowerCase() === wanted || h.id.toLowerCase() === wanted).map((h) => h.id)),
    ),
  ];
}
