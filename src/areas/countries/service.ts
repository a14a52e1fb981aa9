import { and, asc, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { containing, escapeLike } from '../../db/like.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict, notFound, versionConflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireVersion } from '../../platform/records/guards.ts';
import type { PlatformWiring } from '../../platform/wiring.ts';
import {
  addMembershipInput,
  type PartnerDetail,
  type PartnerListQuery,
  type PartnerSummary,
  partnerListQuery,
  updateMembershipInput,
  updatePartnerInput,
} from './model.ts';
import { PARTNER } from './records.ts';
import { groupsOn, type Membership, overlappingMembership, wasMemberOn } from './rules.ts';
import { countryGroups, groupMemberships, partners } from './schema.ts';

const currentGroups = (asOf: string) =>
  sql<string[]>`array(select m.group_code from ${groupMemberships} m where m.partner_code = ${partners.code}
    and m.from_date <= ${asOf} and (m.to_date is null or m.to_date >= ${asOf}) order by 1)`;

const summaryColumns = (asOf: string) => ({
  code: partners.code,
  iso2: partners.iso2,
  iso3: partners.iso3,
  name: partners.name,
  kind: partners.kind,
  region: partners.region,
  codeVerified: partners.codeVerified,
  groups: currentGroups(asOf),
});

export async function listPartners(db: Db, principal: Principal, raw: PartnerListQuery = {}) {
  requireArea(principal, 'read', 'countries');
  const query = parseInput(partnerListQuery, raw);
  const asOf = todayIso();
  const conditions: (SQL | undefined)[] = [scopeWhere(principal, partners.code)];
  if (query.q) {
    const q = query.q.trim();
    const exact = escapeLike(q);
    conditions.push(
      or(ilike(partners.code, exact), ilike(partners.iso2, exact), ilike(partners.iso3, exact), ilike(partners.name, containing(q))),
    );
  }
  if (query.region) conditions.push(eq(partners.region, query.region));
  if (query.kind) conditions.push(eq(partners.kind, query.kind));
  if (query.group) {
    conditions.push(sql`exists (select 1 from ${groupMemberships} m where m.partner_code = ${partners.code} and m.group_code = ${query.group}
      and m.from_date <= ${asOf} and (m.to_date is null or m.to_date >= ${asOf}))`);
  }
  const where = and(...conditions);
  const order = query.dir === 'desc' ? desc : asc;
  const [items, [count]] = await Promise.all([
    db
      .select(summaryColumns(asOf))
      .from(partners)
      .where(where)
      .orderBy(order(partners[query.sort]), asc(partners.code))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(partners).where(where),
  ]);
  return { items: items as PartnerSummary[], total: count?.n ?? 0, limit: query.limit, offset: query.offset };
}

/** One partner with its memberships; a partner outside the reader's scope is not found. */
export async function getPartner(db: Db, principal: Principal, code: string): Promise<PartnerDetail> {
  const { access: _access, ...row } = await requireRecord(db, principal, PARTNER.read, code);
  const memberships = await db
    .select({
      id: groupMemberships.id,
      groupCode: groupMemberships.groupCode,
      groupName: countryGroups.name,
      fromDate: groupMemberships.fromDate,
      toDate: groupMemberships.toDate,
      source: groupMemberships.source,
      verified: groupMemberships.verified,
      version: groupMemberships.version,
    })
    .from(groupMemberships)
    .innerJoin(countryGroups, eq(countryGroups.code, groupMemberships.groupCode))
    .where(eq(groupMemberships.partnerCode, code))
    .orderBy(asc(groupMemberships.groupCode), asc(groupMemberships.fromDate));
  const { updatedAt, ...rest } = row;
  return {
    ...rest,
    updatedAt: updatedAt.toISOString(),
    groups: groupsOn(
      memberships.map((m) => ({ ...m, partnerCode: code })),
      code,
      todayIso(),
    ),
    memberships,
  };
}

export async function updatePartner(db: Db, principal: Principal, code: string, raw: unknown): Promise<PartnerDetail> {
  requireArea(principal, 'administer', 'countries');
  const { version, ...changes } = parseInput(updatePartnerInput, raw);
  await db.transaction(async (tx) => {
    const { access: _access, ...before } = await requireRecord(tx, principal, PARTNER.administer, code, { lock: true });
    requireVersion(`Partner ${code}`, version, before.version);
    const [after] = await tx
      .update(partners)
      .set({ ...changes, version: before.version + 1, updatedAt: new Date() })
      .where(eq(partners.code, code))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'partner',
      action: 'partner.updated',
      entityId: code,
      countryCode: code,
      before,
      after,
    });
  });
  return getPartner(db, principal, code);
}

export async function listCountryGroups(db: Db, principal: Principal) {
  requireArea(principal, 'read', 'countries');
  const asOf = todayIso();
  return db
    .select({
      code: countryGroups.code,
      name: countryGroups.name,
      description: countryGroups.description,
      source: countryGroups.source,
      members: sql<number>`(select count(distinct m.partner_code)::int from ${groupMemberships} m where m.group_code = ${countryGroups.code}
        and m.from_date <= ${asOf} and (m.to_date is null or m.to_date >= ${asOf}))`,
    })
    .from(countryGroups)
    .orderBy(asc(countryGroups.code));
}

async function membershipsOf(db: Db | Tx, partnerCode: string) {
  return db.select().from(groupMemberships).where(eq(groupMemberships.partnerCode, partnerCode));
}

export async function addMembership(
  db: Db,
  refreshMarkings: PlatformWiring['refreshMarkings'],
  principal: Principal,
  partnerCode: string,
  raw: unknown,
): Promise<PartnerDetail> {
  requireArea(principal, 'administer', 'countries');
  const input = parseInput(addMembershipInput, raw);
  await db.transaction(async (tx) => {
    // The partner row is locked: membership changes of one partner are checked for overlaps one at a time.
    await requireRecord(tx, principal, PARTNER.administer, partnerCode, { lock: true });
    const [group] = await tx.select().from(countryGroups).where(eq(countryGroups.code, input.groupCode));
    if (!group) throw badRequest('Unknown group', [{ path: 'groupCode', message: `no group ${input.groupCode}` }]);
    const clash = overlappingMembership(await membershipsOf(tx, partnerCode), { ...input, partnerCode });
    if (clash)
      throw conflict(`${partnerCode} is already in ${input.groupCode} from ${clash.fromDate}${clash.toDate ? ` to ${clash.toDate}` : ''}`);
    const [row] = await tx
      .insert(groupMemberships)
      .values({ ...input, partnerCode })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'group_membership',
      action: 'group_membership.added',
      entityId: String(row!.id),
      countryCode: partnerCode,
      after: row,
    });
    await refreshMarkings(tx, todayIso());
  });
  return getPartner(db, principal, partnerCode);
}

export async function updateMembership(
  db: Db,
  refreshMarkings: PlatformWiring['refreshMarkings'],
  principal: Principal,
  partnerCode: string,
  id: number,
  raw: unknown,
): Promise<PartnerDetail> {
  requireArea(principal, 'administer', 'countries');
  const { version, ...changes } = parseInput(updateMembershipInput, raw);
  await db.transaction(async (tx) => {
    await requireRecord(tx, principal, PARTNER.administer, partnerCode, { lock: true });
    const all = await membershipsOf(tx, partnerCode);
    const before = all.find((m) => m.id === id);
    if (!before) throw notFound(`Membership ${id} of ${partnerCode}`);
    requireVersion(`Membership ${id}`, version, before.version);
    const merged = { ...before, ...changes };
    if (merged.toDate !== null && merged.toDate < merged.fromDate) {
      throw badRequest('The period ends before it begins', [{ path: 'toDate', message: 'must not be before fromDate' }]);
    }
    const clash = overlappingMembership(
      all.filter((m) => m.id !== id),
      merged,
    );
    if (clash) throw conflict(`The new period overlaps the membership from ${clash.fromDate}`);
    const [after] = await tx
      .update(groupMemberships)
      .set({ ...changes, version: before.version + 1 })
      .where(and(eq(groupMemberships.id, id), eq(groupMemberships.version, version)))
      .returning();
    if (!after) throw versionConflict(`Membership ${id}`, version, version + 1);
    await appendAudit(tx, principal, {
      entityType: 'group_membership',
      action: 'group_membership.updated',
      entityId: String(id),
      countryCode: partnerCode,
      before,
      after,
    });
    await refreshMarkings(tx, todayIso());
  });
  return getPartner(db, principal, partnerCode);
}

export async function removeMembership(
  db: Db,
  refreshMarkings: PlatformWiring['refreshMarkings'],
  principal: Principal,
  partnerCode: string,
  id: number,
): Promise<PartnerDetail> {
  requireArea(principal, 'administer', 'countries');
  await db.transaction(async (tx) => {
    await requireRecord(tx, principal, PARTNER.administer, partnerCode, { lock: true });
    const [before] = await tx
      .delete(groupMemberships)
      .where(and(eq(groupMemberships.id, id), eq(groupMemberships.partnerCode, partnerCode)))
      .returning();
    if (!before) throw notFound(`Membership ${id} of ${partnerCode}`);
    await appendAudit(tx, principal, {
      entityType: 'group_membership',
      action: 'group_membership.removed',
      entityId: String(id),
      countryCode: partnerCode,
      before,
    });
    await refreshMarkings(tx, todayIso());
  });
  return getPartner(db, principal, partnerCode);
}

/** For rules in other areas: "was partner X in group G on date D?", answered from the records. */
export async function isMemberOn(db: Db, partnerCode: string, groupCode: string, date: string): Promise<boolean> {
  const rows: Membership[] = await membershipsOf(db, partnerCode);
  return wasMemberOn(rows, groupCode, partnerCode, date);
}
