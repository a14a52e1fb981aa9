import { describe, expect, it } from 'vitest';
import type { LoaLine, LoaSnapshot } from '../cases/public.ts';
import { hasBlocking, runQualityChecks } from './quality-checks.ts';

const line = (overrides: Partial<LoaLine> = {}): LoaLine => ({
  lineNumber: '001',
  description: 'AN/PVS-14 night vision monocular',
  maslGenericCode: 'N8A',
  maslNumber: '5855015223118',
  quantity: 100,
  unitOfIssue: 'EA',
  unitCostCents: 4_000_00,
  mde: false,
  sme: true,
  eeum: false,
  sourceOfSupply: 'S',
  deliveryPeriod: '4Q FY27',
  programOfRecord: true,
  nporType: null,
  ...overrides,
});

function loa(overrides: Partial<LoaSnapshot> = {}): LoaSnapshot {
  const base: LoaSnapshot = {
    caseType: 'defined_order',
    lines: [line()],
    notes: [],
    accessorialCents: 0,
    surchargeBasisPoints: 320,
    offerDate: '2026-06-01',
    offerExpirationDate: '2026-08-25',
    acceptedOn: null,
    paymentSchedule: [],
    storedTotalCents: 0,
  };
  const merged = { ...base, ...overrides };
  const lines = merged.lines.reduce((s, l) => s + l.quantity * l.unitCostCents, 0);
  const total = lines + merged.accessorialCents + Math.round((lines * merged.surchargeBasisPoints) / 10000);
  return {
    ...merged,
    storedTotalCents: overrides.storedTotalCents ?? total,
    paymentSchedule: overrides.paymentSchedule ?? [{ dueDate: '2026-09-01', amountCents: total }],
  };
}

const checksFailing = (snapshot: LoaSnapshot) => [...new Set(runQualityChecks(snapshot, '2026-11-25').map((f) => f.check))];

describe('LOA quality checks', () => {
  it('passes a clean LOA', () => {
    expect(runQualityChecks(loa(), '2026-11-25')).toEqual([]);
  });

  it('flags a line without description, quantity or cost, naming the line', () => {
    const findings = runQualityChecks(
      loa({ lines: [line(), line({ lineNumber: '002', description: ' ', quantity: 0, unitCostCents: 0 })] }),
      '2026-11-25',
    );
    expect(findings.filter((f) => f.lineNumber === '002').map((f) => f.check)).toEqual(['line-description', 'line-quantity', 'line-cost']);
  });

  it('lets blanket order lines go without quantities', () => {
    expect(checksFailing(loa({ caseType: 'blanket_order', lines: [line({ quantity: 0 })], storedTotalCents: 0 }))).not.toContain(
      'line-quantity',
    );
  });

  it('flags a line not stating program of record / NPOR, and an NPOR line without its type (DSCA 21-50), as a warning', () => {
    const findings = runQualityChecks(
      loa({
        lines: [
          line(),
          line({ lineNumber: '002', programOfRecord: null }),
          line({ lineNumber: '003', programOfRecord: false, nporType: null }),
          line({ lineNumber: '004', programOfRecord: false, nporType: 'TYPE_A' }),
        ],
      }),
      '2026-11-25',
    ).filter((f) => f.check === 'program-of-record');
    expect(findings.map((f) => [f.lineNumber, f.severity])).toEqual([
      ['002', 'warning'],
      ['003', 'warning'],
    ]);
    expect(findings[1]!.message).toMatch(/no NPOR type/);
  });

  it('requires MDE lines to be SME (AECA 47(6)) and MDE flags to agree per MASL', () => {
    expect(checksFailing(loa({ lines: [line({ mde: true, sme: false })] }))).toContain('mde-is-sme');
    expect(checksFailing(loa({ lines: [line({ mde: true }), line({ lineNumber: '002', mde: false })] }))).toContain('mde-consistent');
  });

  it('requires the EEUM note when an EEUM item is on the LOA', () => {
    const eeum = [line({ eeum: true })];
    expect(checksFailing(loa({ lines: eeum }))).toEqual(['eeum-note']);
    expect(checksFailing(loa({ lines: eeum, notes: [{ code: 'EEUM', title: 'Enhanced End-Use Monitoring', text: '…' }] }))).toEqual([]);
  });

  it('requires the accessorial note when there are accessorial charges', () => {
    expect(checksFailing(loa({ accessorialCents: 5_000_00 }))).toEqual(['accessorial-note']);
  });

  it('checks the surcharge rate against the acceptance or offer date', () => {
    expect(checksFailing(loa({ surchargeBasisPoints: 350 }))).toEqual(['surcharge-rate']);
    expect(
      checksFailing(
        loa({ surchargeBasisPoints: 350, offerDate: '2018-05-01', offerExpirationDate: '2018-07-25', acceptedOn: '2018-05-31' }),
      ),
    ).toEqual([]);
  });

  it('requires an offer expiration date after the offer date', () => {
    expect(checksFailing(loa({ offerExpirationDate: null }))).toEqual(['offer-expiration']);
    expect(checksFailing(loa({ offerExpirationDate: '2026-06-01' }))).toEqual(['offer-expiration']);
  });

  it('requires the payment schedule to sum to the case value, and the stored value to match', () => {
    expect(checksFailing(loa({ paymentSchedule: [{ dueDate: '2026-09-01', amountCents: 1 }] }))).toEqual(['payment-schedule']);
    expect(checksFailing(loa({ storedTotalCents: 1 }))).toEqual(['totals']);
  });

  it('blocks approval on blocking findings only', () => {
    expect(hasBlocking(runQualityChecks(loa({ lines: [line({ maslNumber: 'short' })] }), '2026-11-25'))).toBe(false);
    expect(hasBlocking(runQualityChecks(loa({ lines: [] }), '2026-11-25'))).toBe(true);
  });
});
