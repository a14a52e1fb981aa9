import { describe, expect, it } from 'vitest';
import { edaNotice } from './eda-notice.ts';
import { fmfCashFlowNotice } from './fmf-cash-flow.ts';
import { followOnReport } from './follow-on-report.ts';
import { leaseCertification } from './lease-certification.ts';
import { section333Notice } from './section-333-notice.ts';

const $ = (dollars: number) => dollars * 100;

describe('AECA 36(b)(5)(C): enhancement, upgrade or value increase of a notified sale', () => {
  const base = {
    notified: true,
    sensitivityOrCapabilityEnhanced: false,
    notifiedTotalCents: $(100_000_000),
    newTotalCents: $(100_000_000),
  };
  it('nothing changed → no report', () => expect(followOnReport(base).required).toBe(false));
  it('an enhancement or upgrade → report', () =>
    expect(followOnReport({ ...base, sensitivityOrCapabilityEnhanced: true }).required).toBe(true));
  it('a value increase → report; a decrease does not', () => {
    expect(followOnReport({ ...base, newTotalCents: base.notifiedTotalCents + 1 }).required).toBe(true);
    expect(followOnReport({ ...base, newTotalCents: base.notifiedTotalCents - 1 }).required).toBe(false);
  });
  it('a sale never notified has nothing to follow on', () =>
    expect(followOnReport({ ...base, notified: false, sensitivityOrCapabilityEnhanced: true }).required).toBe(false));
});

describe('AECA 62: certification "at least 30 days" before a lease or loan "of one year or longer"', () => {
  it('exactly one year (the day before the anniversary) → required, 30 days', () => {
    expect(leaseCertification({ startDate: '2026-01-01', endDate: '2026-12-31' })).toMatchObject({ required: true, daysBefore: 30 });
  });
  it('a day short of a year → not required', () => {
    expect(leaseCertification({ startDate: '2026-01-01', endDate: '2026-12-30' }).required).toBe(false);
  });
  it('five years → required', () => expect(leaseCertification({ startDate: '2026-03-01', endDate: '2031-02-28' }).required).toBe(true));
});

describe('FAA 516(f): EDA notice 30 days before delivery (to verify)', () => {
  const notSme = { significantMilitaryEquipment: false };
  it('original acquisition value $7M − 1, =, + 1', () => {
    expect(edaNotice({ ...notSme, originalAcquisitionValueCents: $(7_000_000 - 1) }).required).toBe(false);
    expect(edaNotice({ ...notSme, originalAcquisitionValueCents: $(7_000_000) }).required).toBe(true);
    expect(edaNotice({ ...notSme, originalAcquisitionValueCents: $(7_000_000 + 1) })).toMatchObject({
      required: true,
      daysBefore: 30,
      verified: false,
    });
  });
  it('significant military equipment of any value', () => {
    expect(edaNotice({ significantMilitaryEquipment: true, originalAcquisitionValueCents: 0 }).required).toBe(true);
  });
});

describe('10 U.S.C. 333(e): notice before initiating a program (15 days to verify)', () => {
  it('names the latest notice date and the contents the statute requires', () => {
    const n = section333Notice('2027-03-01');
    expect(n.noticeBy).toBe('2027-02-14');
    expect(n.contents).toContain('the recipient unit');
    expect(n.verified).toBe(false);
  });
});

describe('AECA 23(g)(1): FMF cash-flow financing of $100M or more', () => {
  it('$100M − 1, =, + 1', () => {
    expect(fmfCashFlowNotice($(100_000_000 - 1)).required).toBe(false);
    expect(fmfCashFlowNotice($(100_000_000)).required).toBe(true);
    expect(fmfCashFlowNotice($(100_000_000 + 1)).required).toBe(true);
  });
});
