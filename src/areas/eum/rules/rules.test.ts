import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays as plusDays, addMonths as plusMonths } from '../../../platform/dates.ts';
import { type CertificationOnFile, deliveryGate } from './delivery-gate.ts';
import {
  INCIDENT_ACTIONS,
  INCIDENT_STATUSES,
  INCIDENT_TRANSITIONS,
  incidentKindFor,
  itemEffectOf,
  itemStatusImpliedBy,
  moveIncident,
} from './incident-status.ts';
import { EEUM_INVENTORY_RULE, inventoryDue, isOverdue } from './inventory-due.ts';
import { INVENTORY_ACTIONS, INVENTORY_STATUSES, INVENTORY_TRANSITIONS, moveInventory } from './inventory-status.ts';
import { ITEM_STATUSES, ITEM_TRANSITIONS, moveItem } from './item-status.ts';
import { itemKey, reconcile } from './reconciliation.ts';

const isoDate = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('EEUM inventory due dates ("within 90 days of arrival, then annual")', () => {
  it('the first inventory is due 90 calendar days after arrival', () => {
    expect(inventoryDue({ category: 'enhanced', deliveredOn: '2026-01-01', lastInventoriedOn: null })).toMatchObject({
      due: '2026-04-01',
      basis: 'initial',
    });
    expect(inventoryDue({ category: 'enhanced', deliveredOn: '2024-12-15', lastInventoriedOn: null })?.due).toBe('2025-03-15');
    expect(EEUM_INVENTORY_RULE.initialDays).toBe(90);
  });
  it('then a year after the last inventory; 29 February falls on 28 February', () => {
    expect(inventoryDue({ category: 'enhanced', deliveredOn: '2025-01-10', lastInventoriedOn: '2025-03-01' })).toMatchObject({
      due: '2026-03-01',
      basis: 'periodic',
    });
    expect(inventoryDue({ category: 'enhanced', deliveredOn: '2023-06-01', lastInventoriedOn: '2024-02-29' })?.due).toBe('2025-02-28');
  });
  it('routine EUM sets no serial-number inventory clock', () => {
    expect(inventoryDue({ category: 'routine', deliveredOn: '2026-01-01', lastInventoriedOn: null })).toBeNull();
  });
  it('the due day itself is on time; the day after is overdue', () => {
    expect(isOverdue('2026-04-01', '2026-04-01')).toBe(false);
    expect(isOverdue('2026-04-01', '2026-04-02')).toBe(true);
    expect(isOverdue(null, '2026-04-02')).toBe(false);
  });
  it('never falls before arrival, and is never more than a year after the last inventory (property)', () => {
    fc.assert(
      fc.property(isoDate, fc.option(isoDate, { nil: null }), (deliveredOn, last) => {
        const due = inventoryDue({ category: 'enhanced', deliveredOn, lastInventoriedOn: last })!;
        expect(due.due > deliveredOn).toBe(true);
        if (last && last >= deliveredOn) expect(due.due <= plusDays(last, 366)).toBe(true);
      }),
    );
  });
  it('date arithmetic agrees with calendar days and months (property)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 400 }), (d, n) => {
        expect(Math.round((Date.parse(plusDays(d, n)) - Date.parse(d)) / 86_400_000)).toBe(n);
        const m = plusMonths(d, 12);
        expect(m.slice(0, 4)).toBe(String(Number(d.slice(0, 4)) + 1).padStart(4, '0'));
        expect(m.slice(5, 7)).toBe(d.slice(5, 7));
      }),
    );
  });
});

describe('item status changes', () => {
  it('every move in the table is allowed with a reason; every other is refused naming the allowed ones', () => {
    for (const from of ITEM_STATUSES) {
      for (const to of ITEM_STATUSES) {
        const move = moveItem(from, to, 'inventory 2026');
        if (ITEM_TRANSITIONS[from].includes(to)) expect(move).toEqual({ ok: true, to });
        else expect(move).toMatchObject({ ok: false, allowed: ITEM_TRANSITIONS[from] });
      }
    }
  });
  it('a move without a reason is refused', () => {
    expect(moveItem('in_inventory', 'destroyed', '  ')).toMatchObject({ ok: false, reason: 'A status change needs a reason' });
  });
  it('an item that has left the partner for good stays where it is; a lost one can be recovered', () => {
    for (const final of ['expended', 'destroyed', 'transferred', 'returned', 'demilitarised'] as const)
      expect(ITEM_TRANSITIONS[final]).toEqual([]);
    expect(moveItem('lost_stolen', 'in_inventory', 'recovered by police').ok).toBe(true);
  });
});

describe('inventory and incident status machines', () => {
  it('inventory moves follow the table; closing waits for every discrepancy to be resolved', () => {
    for (const s of INVENTORY_STATUSES) {
      for (const a of INVENTORY_ACTIONS) {
        const expected = INVENTORY_TRANSITIONS[s][a];
        const move = moveInventory(s, a, 0);
        if (expected) expect(move).toEqual({ ok: true, to: expected });
        else expect(move).toMatchObject({ ok: false, allowed: Object.keys(INVENTORY_TRANSITIONS[s]) });
      }
    }
    expect(moveInventory('reconciled', 'close', 2)).toMatchObject({ ok: false, allowed: ['reconcile'] });
  });
  it('incident moves follow the table; closing waits for the required notifications', () => {
    for (const s of INCIDENT_STATUSES) {
      for (const a of INCIDENT_ACTIONS) {
        const expected = INCIDENT_TRANSITIONS[s][a];
        const move = moveIncident(s, a, 0);
        if (expected) expect(move).toEqual({ ok: true, to: expected });
        else expect(move.ok).toBe(false);
      }
    }
    expect(moveIncident('substantiated', 'close', 1)).toMatchObject({ ok: false, allowed: ['reopen'] });
  });
  it('a discrepancy suggests the incident kind', () => {
    expect(incidentKindFor('missing')).toBe('loss');
    expect(incidentKindFor('wrong_site')).toBe('unauthorised_transfer');
    expect(incidentKindFor('extra')).toBe('unauthorised_transfer');
    expect(incidentKindFor('damaged')).toBe('misuse');
  });
});

describe('no EEUM delivery before a control plan or site certification is on file', () => {
  const site: CertificationOnFile = {
    kind: 'site_certification',
    partnerCode: 'AT',
    siteId: 'S1',
    certifiedOn: '2026-01-10',
    expiresOn: '2027-01-09',
    revokedOn: null,
  };
  const enhanced = { category: 'enhanced' as const, partnerCode: 'AT', siteId: 'S1', deliveredOn: '2026-01-10' };
  it('routine articles need none', () => {
    expect(deliveryGate({ ...enhanced, category: 'routine' }, []).allowed).toBe(true);
  });
  it('an enhanced article needs a certification of its site, or a control plan, in force on the delivery date', () => {
    expect(deliveryGate(enhanced, []).allowed).toBe(false);
    expect(deliveryGate(enhanced, [site]).allowed).toBe(true);
    expect(deliveryGate({ ...enhanced, deliveredOn: '2026-01-09' }, [site]).allowed).toBe(false);
    expect(deliveryGate({ ...enhanced, deliveredOn: '2027-01-10' }, [site]).allowed).toBe(false);
    expect(deliveryGate({ ...enhanced, siteId: 'S2' }, [site]).allowed).toBe(false);
    expect(deliveryGate({ ...enhanced, partnerCode: 'PL' }, [{ ...site, partnerCode: 'PL', siteId: 'S9' }]).allowed).toBe(false);
    expect(deliveryGate({ ...enhanced, siteId: null }, [{ ...site, kind: 'control_plan', siteId: null }]).allowed).toBe(true);
  });
  it('a revoked certification is in force up to the day before its revocation', () => {
    const revoked = { ...site, revokedOn: '2026-06-01' };
    expect(deliveryGate({ ...enhanced, deliveredOn: '2026-05-31' }, [revoked]).allowed).toBe(true);
    expect(deliveryGate({ ...enhanced, deliveredOn: '2026-06-01' }, [revoked]).allowed).toBe(false);
  });
});

describe('reconciliation: found against expected', () => {
  const e = (serial: string) => ({ itemId: `id-${serial}`, itemTypeCode: 'NVD', serialNumber: serial });
  it('names each missing, extra, wrong-site and damaged item', () => {
    const r = reconcile(
      [e('A'), e('B'), e('C')],
      [
        { itemTypeCode: 'NVD', serialNumber: 'A', damaged: false },
        { itemTypeCode: 'NVD', serialNumber: 'B', damaged: true },
        { itemTypeCode: 'NVD', serialNumber: 'X', damaged: false },
        { itemTypeCode: 'NVD', serialNumber: 'Y', damaged: false },
      ],
      [{ ...e('Y'), siteId: 'S2' }],
    );
    expect(r.matched.map((m) => m.serialNumber)).toEqual(['A', 'B']);
    expect(r.discrepancies).toEqual([
      { kind: 'missing', itemId: 'id-C', itemTypeCode: 'NVD', serialNumber: 'C' },
      { kind: 'wrong_site', itemId: 'id-Y', itemTypeCode: 'NVD', serialNumber: 'Y' },
      { kind: 'extra', itemId: null, itemTypeCode: 'NVD', serialNumber: 'X' },
      { kind: 'damaged', itemId: 'id-B', itemTypeCode: 'NVD', serialNumber: 'B' },
    ]);
  });
  it('partitions found ∪ expected exactly (property)', () => {
    const key = fc.record({ itemTypeCode: fc.constantFrom('NVD', 'COMSEC'), serialNumber: fc.stringMatching(/^[A-F0-9]{1,3}$/) });
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { selector: itemKey }),
        fc.uniqueArray(fc.record({ k: key, damaged: fc.boolean() }), { selector: (f) => itemKey(f.k) }),
        fc.uniqueArray(key, { selector: itemKey }),
        (exp, fnd, other) => {
          const expected = exp.map((k) => ({ ...k, itemId: itemKey(k) }));
          const found = fnd.map((f) => ({ ...f.k, damaged: f.damaged }));
          const expectedKeys = new Set(expected.map(itemKey));
          const elsewhere = other.filter((k) => !expectedKeys.has(itemKey(k))).map((k) => ({ ...k, itemId: itemKey(k), siteId: 'S2' }));
          const r = reconcile(expected, found, elsewhere);
          const keys = (xs: { itemTypeCode: string; serialNumber: string }[]) => xs.map(itemKey).sort();
          expect([...keys(r.matched), ...keys(r.missing)].sort()).toEqual(keys(expected));
          expect([...keys(r.matched), ...keys(r.wrongSite), ...keys(r.extra)].sort()).toEqual(keys(found));
          expect(new Set(keys(r.missing)).size + new Set(keys(r.matched)).size).toBe(expected.length);
          expect(keys(r.damaged)).toEqual(keys(found.filter((f) => f.damaged)));
          expect(r.discrepancies.length).toBe(r.missing.length + r.wrongSite.length + r.extra.length + r.damaged.length);
        },
      ),
    );
  });
});

describe('an incident’s items', () => {
  it('take lost/stolen under a loss or theft while it stands, and are released when unfounded', () => {
    expect(itemStatusImpliedBy('loss')).toBe('lost_stolen');
    expect(itemStatusImpliedBy('theft')).toBe('lost_stolen');
    expect(itemStatusImpliedBy('misuse')).toBeNull();
    expect(itemEffectOf('reported')).toBe('hold');
    expect(itemEffectOf('under_investigation')).toBe('hold');
    expect(itemEffectOf('unsubstantiated')).toBe('release');
    expect(itemEffectOf('closed')).toBe('none');
  });
});
