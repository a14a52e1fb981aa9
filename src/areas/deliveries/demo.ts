// The deliveries area's part of the demo data set: the administrator's delay reasons, and shipments of implemented
// demo cases in every state (planned, late in transit with its cause, delivered and not confirmed, received and
// awaiting acceptance with discrepancies, accepted with its EEUM items handed to end-use monitoring), written through
// the services. Bench size: 50,000 shipments in bulk (bench/deliveries.ts times the dashboard over them).
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { addDays } from '../../platform/dates.ts';
import type { DemoLoader } from '../area-module.ts';
import { cases, loaLines, loaVersions } from '../cases/public.ts';
import { eumSites } from '../eum/public.ts';
import { acceptShipment, receiveShipment, reportDiscrepancy, resolveDiscrepancy, saveDelayReason } from './receipt-service.ts';
import type { Milestone } from './rules/milestones.ts';
import { createShipment, getShipment, setFad, updateMilestone } from './shipment-service.ts';

export const BENCH_SHIPMENTS = 50_000;

/** Delay reasons as an administrator would enter them (the list is theirs; these are the demo's). */
const DEMO_REASONS = [
  { code: 'CARRIER', label: 'Carrier capacity (no lift available)' },
  { code: 'CUSTOMS', label: 'Customs clearance at the port of debarkation' },
  { code: 'PRODUCTION', label: 'Production or supplier delay' },
  { code: 'DOCS', label: 'Export or shipping documentation incomplete' },
  { code: 'PARTNER', label: 'Partner not ready to receive' },
];

type Plan = Partial<Record<Milestone, number>>;
const MILESTONE_ORDER: Milestone[] = ['ready', 'shipped', 'in_transit', 'arrived', 'delivered'];

interface DemoCase {
  id: string;
  identifier: string;
  partnerCode: string;
  lines: { lineNumber: string; description: string; quantity: number; eeum: boolean }[];
}

/** Implemented, unmarked demo cases with an EEUM line, of partners with a certified EUM depot. */
async function demoCases(db: Db): Promise<(DemoCase & { siteId: string })[]> {
  const rows = await db
    .select({ id: cases.id, identifier: cases.identifier, partnerCode: cases.partnerCode, siteId: eumSites.id })
    .from(cases)
    .innerJoin(eumSites, and(eq(eumSites.partnerCode, cases.partnerCode), eq(eumSites.code, 'DEPOT-1')))
    .where(and(eq(cases.status, 'implemented'), sql`cardinality(${cases.markings}) = 0`))
    .orderBy(asc(cases.identifier));
  const out: (DemoCase & { siteId: string })[] = [];
  for (const r of rows) {
    const [version] = await db
      .select({ id: loaVersions.id })
      .from(loaVersions)
      .where(and(eq(loaVersions.caseId, r.id), eq(loaVersions.state, 'issued')))
      .orderBy(desc(loaVersions.number))
      .limit(1);
    if (!version) continue;
    const lines = await db
      .select({ lineNumber: loaLines.lineNumber, description: loaLines.description, quantity: loaLines.quantity, eeum: loaLines.eeum })
      .from(loaLines)
      .where(eq(loaLines.versionId, version.id))
      .orderBy(asc(loaLines.lineNumber));
    if (lines.some((l) => l.eeum && l.quantity >= 2) && lines.some((l) => !l.eeum && l.quantity >= 4)) out.push({ ...r, lines });
  }
  return out;
}

const itemTypeOf = (description: string) => (/comsec|crypt|radio|kg-/i.test(description) ? 'COMSEC' : 'NVD');

async function ship(db: Db, actor: Principal, today: string, c: DemoCase, n: number, plan: Plan, transportationPlan = '') {
  const eeum = c.lines.find((l) => l.eeum && l.quantity >= 2)!;
  const routine = c.lines.find((l) => !l.eeum && l.quantity >= 4)!;
  // At most half of each line, so that a case carries two demo shipments when there are fewer cases than states.
  const count = Math.min(3, Math.floor(eeum.quantity / 2));
  return createShipment(
    db,
    actor,
    {
      caseId: c.id,
      mode: n % 2 ? 'ocean' : 'air',
      origin: n % 2 ? 'Defense Distribution Depot San Joaquin, CA' : 'Defense Distribution Depot Susquehanna, PA',
      portOfEmbarkation: n % 2 ? 'Port of Oakland' : 'Dover AFB',
      portOfDebarkation: `${c.partnerCode} main port of entry`,
      carrier: n % 2 ? 'Liner service (DTS)' : 'AMC channel mission',
      custodyTransferPoint: 'Port of debarkation',
      classified: false,
      cci: itemTypeOf(eeum.description) === 'COMSEC',
      aaeCategory: null,
      transportationPlan: transportationPlan || (itemTypeOf(eeum.description) === 'COMSEC' ? `TP-${c.identifier}-${n}` : ''),
      fad: null,
      planned: Object.fromEntries(Object.entries(plan).map(([m, d]) => [m, addDays(today, d)])),
      lines: [
        {
          lineNumber: eeum.lineNumber,
          quantity: count,
          itemTypeCode: itemTypeOf(eeum.description),
          serialNumbers: Array.from(
            { length: count },
            (_, i) => `${c.identifier}-${eeum.lineNumber}-S${n}${String(i + 1).padStart(2, '0')}`,
          ),
        },
        { lineNumber: routine.lineNumber, quantity: Math.floor(routine.quantity / 4) },
      ],
    },
    today,
  );
}

/** Records actual dates up to `through`, each `actual` days from today (a slip where later than the plan, with its cause). */
async function happen(
  db: Db,
  actor: Principal,
  today: string,
  id: string,
  actual: Plan,
  cause = { reasonCode: 'CARRIER', note: 'Waited for the next channel mission' },
) {
  let s = await getShipment(db, actor, id, today);
  for (const milestone of MILESTONE_ORDER) {
    const day = actual[milestone];
    if (day === undefined) break;
    const actualOn = addDays(today, day);
    const planned = s.milestones.find((m) => m.milestone === milestone)?.plannedOn;
    s = await updateMilestone(
      db,
      actor,
      id,
      { version: s.version, milestone, actualOn, ...(planned && actualOn > planned ? cause : {}) },
      today,
    );
  }
  return s;
}

export async function loadDeliveriesThroughServices(db: Db, actor: Principal, today: string): Promise<number> {
  for (const reason of DEMO_REASONS) await saveDelayReason(db, actor, reason);
  const found = await demoCases(db);
  if (!found.length) return 0;
  let n = 0;
  for (let variant = 0; variant < 5; variant++) {
    const c = found[variant % found.length]!;
    n += 1;
    const plan: Plan = { ready: -60, shipped: -55, in_transit: -54, arrived: -45, delivered: -40 };
    if (variant === 0) {
      // Planned: every date ahead, a F/AD on file.
      const s = await ship(db, actor, today, c, n, { ready: 10, shipped: 15, in_transit: 16, arrived: 25, delivered: 30 });
      await setFad(db, actor, s.id, { fad: 'III' });
    } else if (variant === 1) {
      // In transit and late: the arrival slipped (production, then carrier), still not arrived.
      const s = await ship(db, actor, today, c, n, { ready: -30, shipped: -25, in_transit: -24, arrived: -10, delivered: -5 });
      const moved = await updateMilestone(
        db,
        actor,
        s.id,
        {
          version: s.version,
          milestone: 'delivered',
          plannedOn: addDays(today, 12),
          reasonCode: 'PRODUCTION',
          note: 'Supplier short of goggles tubes',
        },
        today,
      );
      await happen(
        db,
        actor,
        today,
        moved.id,
        { ready: -22, shipped: -16, in_transit: -15 },
        { reasonCode: 'PRODUCTION', note: 'Supplier short of goggle tubes' },
      );
    } else if (variant === 2) {
      // Delivered at the custody-transfer point 40 days ago: the office has not confirmed receipt (over 30 days).
      const s = await ship(db, actor, today, c, n, plan);
      await happen(
        db,
        actor,
        today,
        s.id,
        { ready: -60, shipped: -55, in_transit: -54, arrived: -44, delivered: -40 },
        { reasonCode: 'CUSTOMS', note: 'Held one day for inspection' },
      );
    } else {
      const s = await happen(
        db,
        actor,
        today,
        (await ship(db, actor, today, c, n, plan)).id,
        { ready: -60, shipped: -55, in_transit: -54, arrived: -45, delivered: -38 },
        { reasonCode: 'CUSTOMS', note: 'Clearance took two extra days' },
      );
      const eeum = s.lines.find((l) => l.eeum)!;
      const routine = s.lines.find((l) => !l.eeum)!;
      const received = await receiveShipment(
        db,
        actor,
        s.id,
        {
          version: s.version,
          receivedOn: addDays(today, -30),
          document: `DD 1348-1A ${s.number}`,
          lines: [
            { lineNumber: eeum.lineNumber, quantity: eeum.quantity, serialNumbers: eeum.serials.map((x) => x.serialNumber) },
            { lineNumber: routine.lineNumber, quantity: routine.quantity },
          ],
        },
        today,
      );
      const withReports = await reportDiscrepancy(
        db,
        actor,
        s.id,
        {
          lineNumber: routine.lineNumber,
          kind: 'sdr',
          valueCents: 45_000_00,
          submittedOn: addDays(today, -25),
          description: 'Short shipped: one carton missing',
        },
        today,
      );
      await reportDiscrepancy(
        db,
        actor,
        s.id,
        {
          lineNumber: routine.lineNumber,
          kind: 'tdr',
          valueCents: 150_00,
          submittedOn: addDays(today, -24),
          description: 'Scuffed packaging',
        },
        today,
      );
      if (variant === 4) {
        const sdr = withReports.discrepancies[0]!;
        await resolveDiscrepancy(
          db,
          actor,
          sdr.id,
          { version: sdr.version, resolution: 'replaced', note: 'Replacement carton shipped by parcel', resolvedOn: addDays(today, -10) },
          today,
        );
        await acceptShipment(
          db,
          actor,
          s.id,
          {
            version: (await getShipment(db, actor, s.id, today)).version,
            acceptedOn: addDays(today, -20),
            document: `Acceptance ${s.number}`,
            siteId: c.siteId,
            lines: [
              { lineNumber: eeum.lineNumber, quantity: eeum.quantity, serialNumbers: eeum.serials.map((x) => x.serialNumber) },
              { lineNumber: routine.lineNumber, quantity: routine.quantity },
            ],
          },
          today,
        );
      } else void received;
    }
  }
  return n;
}

/** Bench size: 50,000 shipments (a line each, their milestones) over the bench's implemented cases, in bulk SQL. */
export async function bulkLoadShipments(db: Db, actor: Principal, today: string, count = BENCH_SHIPMENTS) {
  await db.transaction(async (tx) => {
    for (const reason of DEMO_REASONS)
      await tx.execute(
        sql`insert into delivery_delay_reasons (code, label) values (${reason.code}, ${reason.label}) on conflict do nothing`,
      );
    await tx.execute(sql`
      with picked as (
        select c.id, c.partner_code, row_number() over (order by c.identifier) as n, count(*) over () as total
        from cases c where c.status in ('implemented', 'supply_complete')
      ), numbered as (
        select g as i, p.id as case_id, p.partner_code
        from generate_series(1, ${count}::int) g join picked p on p.n = 1 + (g % p.total)
      )
      insert into shipments (id, number, case_id, partner_code, mode, origin, custody_transfer_point, stage, delivered_on, received_on)
      select md5('shipment' || i)::uuid, 'SHP-B' || lpad(i::text, 6, '0'), case_id, partner_code, case when i % 3 = 0 then 'ocean' else 'air' end,
        'Defense distribution depot', 'Port of debarkation',
        case when i % 10 < 6 then 'accepted' when i % 10 = 6 then 'received' when i % 10 = 7 then 'delivered' when i % 10 = 8 then 'in_transit' end,
        case when i % 10 <= 7 then ${today}::date - (i % 400) - 5 end,
        case when i % 10 <= 6 then ${today}::date - (i % 400) end
      from numbered`);
    await tx.execute(sql`
      insert into shipment_lines (shipment_id, line_number, description, quantity, eeum, received, accepted)
      select s.id, '001', 'Bench line', 10, false,
        case when s.stage in ('accepted', 'received') then 10 else 0 end, case when s.stage = 'accepted' then 10 when s.stage = 'received' then 4 else 0 end
      from shipments s where s.number like 'SHP-B%'`);
    await tx.execute(sql`
      insert into shipment_milestones (shipment_id, milestone, planned_on, estimated_on, actual_on)
      select s.id, m.milestone, coalesce(s.delivered_on, ${today}::date - (abs(hashtext(s.number)) % 200)) + m.offset_days + (abs(hashtext(s.number)) % 3),
        coalesce(s.delivered_on, ${today}::date - (abs(hashtext(s.number)) % 200)) + m.offset_days,
        case when m.rank <= coalesce(array_position(array['ready','shipped','in_transit','arrived','delivered','received','accepted'], s.stage::text), 0)
          then coalesce(s.delivered_on, ${today}::date - 30) + m.offset_days + (abs(hashtext(s.number)) % 5) - 2 end
      from shipments s cross join (values ('ready', -20, 1), ('shipped', -15, 2), ('in_transit', -14, 3), ('arrived', -5, 4), ('delivered', 0, 5), ('received', 5, 6), ('accepted', 10, 7))
        as m(milestone, offset_days, rank)
      where s.number like 'SHP-B%'`);
    await tx.execute(sql`
      insert into shipment_slips (shipment_id, milestone, from_on, to_on, reason_code, note, recorded_by)
      select m.shipment_id, 'delivered', m.estimated_on, m.planned_on, (array['CARRIER','CUSTOMS','PRODUCTION','DOCS','PARTNER'])[1 + abs(hashtext(m.shipment_id::text)) % 5], 'Bench slip', 'bench'
      from shipment_milestones m join shipments s on s.id = m.shipment_id
      where s.number like 'SHP-B%' and m.milestone = 'delivered' and m.planned_on > m.estimated_on`);
    await appendAudit(tx, actor, { entityType: 'shipment', action: 'shipment.created', entityId: 'bench', after: { shipments: count } });
  });
  await db.execute(sql`analyze shipments; analyze shipment_lines; analyze shipment_milestones; analyze shipment_slips`);
  return count;
}

/** After the cases, funds and end-use monitoring (the certified depots the accepted items go to). */
export const deliveriesDemo: DemoLoader = {
  order: 55,
  async load({ db, actor, size, today }) {
    return {
      shipments: size === 'demo' ? await loadDeliveriesThroughServices(db, actor, today) : await bulkLoadShipments(db, actor, today),
    };
  },
};
