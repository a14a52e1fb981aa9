import { describe, expect, it } from 'vitest';
import { WiringError, wireAreas } from '../area-module.ts';
import { AREA_MODULES } from '../index.ts';
import { caseWritingModule } from './module.ts';

describe('the case-writing module', () => {
  it('provides the LOA quality checks the cases area runs', () => {
    expect(wireAreas(AREA_MODULES).caseHooks.loaChecks).toBe(caseWritingModule.loaChecker);
  });

  it('is required: without its checks the app does not start (no LOA approved unchecked)', () => {
    const withoutChecks = AREA_MODULES.map((m) => (m.id === 'case-writing' ? { ...m, loaChecker: undefined } : m));
    expect(() => wireAreas(withoutChecks)).toThrow(WiringError);
    expect(() => wireAreas(withoutChecks)).toThrow(/area cases requires loa-checks/);
  });
});
