import { describe, expect, it } from 'vitest';
import { decideGrowth, rowInForce, SHIPPED_CAP_ROWS } from './cap.ts';
import { DELIVERY_REPORT_DAYS, deliveryReportDue, fiscalYearOf, physicalInventoryDue } from './clocks.ts';
import { decideCommitment, positionOf } from './position.ts';
import { basisPointsOf, reimbursement } from './reimbursement.ts';

const M = 1_000_000_00;
const capOn = (date: string) => rowInForce(SHIPPED_CAP_ROWS, date)?.value ?? null;

describe('the statutory cap (AECA 51) as of a date', () => {
  it('has no cap before FY82, $300M in FY82, $600M from FY83, none while closed, $100M from 2012, $900M from 2015', () => {
    expect(capOn('1981-09-30')).toBeNull();
    expect(capOn('1981-10-01')).toBe(300 * M);
    expect(capOn('1982-09-30')).toBe(300 * M);
    expect(capOn('1982-10-01')).toBe(600 * M);
    expect(capOn('1994-12-31')).toBe(600 * M);
    expect(capOn('1995-01-01')).toBe(0);
    expect(capOn('2011-12-31')).toBe(0);
    expect(capOn('2012-01-01')).toBe(100 * M);
    expect(capOn('2014-12-31')).toBe(100 * M);
    expect(capOn('2015-01-01')).toBe(900 * M);
    expect(capOn('2026-12-04')).toBe(900 * M);
  });

  it('an administrator’s row takes over from its date', () => {
    const table = [...SHIPPED_CAP_ROWS, { effectiveFrom: '2026-01-01', value: 2_000 * M, source: 'admin', verified: true }];
    expect(rowInForce(table, '2025-12-31')?.value).toBe(900 * M);
    expect(rowInForce(table, '2026-01-01')?.value).toBe(2_000 * M);
  });

  it('lets the fund grow up to the cap exactly, and refuses one cent more naming the cap and the figures', () => {
    const size = { sizeCents: 899 * M };
    expect(decideGrowth(SHIPPED_CAP_ROWS, '2020-01-01', size, M - 1, 'amountCents')).toMatchObject({ ok: true, headroomCents: 1 });
    expect(decideGrowth(SHIPPED_CAP_ROWS, '2020-01-01', size, M, 'amountCents')).toMatchObject({ ok: true, headroomCents: 0 });
    const over = decideGrowth(SHIPPED_CAP_ROWS, '2020-01-01', size, M + 1, 'amountCents');
    expect(over).toMatchObject({ ok: false, field: 'amountCents', capCents: 900 * M, sizeCents: 899 * M });
    expect(over.ok || over.reason).toMatch(/cap of \$900,000,000\.00 .*holds \$899,000,000\.00.*\$0\.01 over/);
    expect(decideGrowth(SHIPPED_CAP_ROWS, '1981-09-30', { sizeCents: 0 }, 1, 'amountCents')).toMatchObject({ ok: false, capCents: null });
    expect(decideGrowth(SHIPPED_CAP_ROWS, '2000-06-01', { sizeCents: 0 }, 1, 'amountCents')).toMatchObject({ ok: false, capCents: 0 });
    expect(decideGrowth(SHIPPED_CAP_ROWS, '2014-12-31', { sizeCents: 0 }, 100 * M + 1, 'x').ok).toBe(false);
    expect(decideGrowth(SHIPPED_CAP_ROWS, '2015-01-01', { sizeCents: 0 }, 100 * M + 1, 'x').ok).toBe(true);
  });
});

describe('the fund’s position from the ledger', () => {
  const sums = { capital: 100, commitment: 60, receipt: 40, release: 0, transfer: 10, reimbursement: 12 };
  it('cash, commitments and inventory add up to the size; buying and receiving move value within it', () => {
    expect(positionOf(sums)).toEqual({
      capitalCents: 100,
      reimbursedCents: 12,
      uncommittedCents: 52,
      committedCents: 20,
      inventoryCents: 30,
      sizeCents: 102,
    });
    expect(positionOf({ ...sums, commitment: 70, receipt: 50 }).sizeCents).toBe(102);
    // Closing a procurement short releases what was not delivered back to cash: the size stays.
    expect(positionOf({ ...sums, release: 15 })).toMatchObject({ uncommittedCents: 67, committedCents: 5, sizeCents: 102 });
  });
  it('commits no more than the fund holds uncommitted', () => {
    const p = positionOf(sums);
    expect(decideCommitment(p, 52)).toEqual({ ok: true });
    expect(decideCommitment(p, 53)).toMatchObject({ ok: false, field: 'items' });
  });
});

describe('reimbursement at title transfer (DSCA 21-15, 21-57, 24-12)', () => {
  const cas = [{ effectiveFrom: '2024-01-01', value: 150, source: 'admin-entered DSCA 24-12 rate', verified: false }];
  const base = {
    quantity: 3,
    unitCostCents: 10_000_00,
    mde: false,
    nonrecurringCents: null,
    storagePreparationCents: 500_00,
    titleTransferOn: '2024-01-01',
  };
  it('is item cost + nonrecurring cost + surcharge at the rate in force + storage and preparation', () => {
    expect(reimbursement(base, cas)).toMatchObject({
      ok: true,
      itemCostCents: 30_000_00,
      nonrecurringCents: 0,
      casBasisPoints: 150,
      casCents: 450_00,
      reimbursementCents: 30_000_00 + 450_00 + 500_00,
    });
    expect(reimbursement({ ...base, mde: true, nonrecurringCents: 1_234_56 }, cas)).toMatchObject({
      ok: true,
      reimbursementCents: 30_000_00 + 1_234_56 + 450_00 + 500_00,
    });
  });
  it('needs the nonrecurring cost on MDE only, and a surcharge rate on record on the title transfer date', () => {
    expect(reimbursement({ ...base, mde: true }, cas)).toMatchObject({ ok: false, status: 400, field: 'nonrecurringCents' });
    expect(reimbursement({ ...base, nonrecurringCents: 1 }, cas)).toMatchObject({ ok: false, status: 400, field: 'nonrecurringCents' });
    expect(reimbursement({ ...base, mde: true, nonrecurringCents: 0 }, cas).ok).toBe(true);
    expect(reimbursement({ ...base, titleTransferOn: '2023-12-31' }, cas)).toMatchObject({
      ok: false,
      status: 409,
      field: 'titleTransferOn',
    });
    expect(reimbursement(base, [])).toMatchObject({ ok: false, status: 409 });
  });
  it('rounds the surcharge half up to the cent', () => {
    expect(basisPointsOf(1_00, 150)).toBe(2); // 1.5 cents
    expect(basisPointsOf(99, 150)).toBe(1); // 1.485 cents
    expect(basisPointsOf(0, 150)).toBe(0);
  });
});

describe('clocks', () => {
  it('a delivery is reported within 30 days of receipt (FMR Vol 15 Ch 8)', () => {
    expect(DELIVERY_REPORT_DAYS).toBe(30);
    expect(deliveryReportDue('2026-01-01')).toBe('2026-01-31');
    expect(deliveryReportDue('2026-02-15')).toBe('2026-03-17');
    expect(deliveryReportDue('2024-02-01')).toBe('2024-03-02');
  });
  it('the annual physical inventory (DSCA 20-85) is due by the end of its fiscal year', () => {
    expect(fiscalYearOf('2026-09-30')).toBe(2026);
    expect(fiscalYearOf('2026-10-01')).toBe(2027);
    expect(physicalInventoryDue(2027)).toBe('2027-09-30');
  });
});
