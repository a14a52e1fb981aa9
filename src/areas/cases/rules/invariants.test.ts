import { describe, expect, it } from 'vitest';
import { fundingSourceKey } from './funding-sources.ts';
import { submissionBlocker } from './loa.ts';
import { milestoneOrderConflict } from './milestone-order.ts';

describe('milestones in their natural order', () => {
  const recorded = { lor_received: '2026-10-15', case_written: '2026-10-20', offered: '2026-12-01' } as const;

  it('refuses a milestone before an earlier one or after a later one, naming it', () => {
    expect(milestoneOrderConflict(recorded, 'case_written', '2026-10-10')).toMatchObject({
      other: 'lor_received',
      otherDate: '2026-10-15',
    });
    expect(milestoneOrderConflict(recorded, 'cwd_review_complete', '2026-10-19')).toMatchObject({
      other: 'case_written',
      relation: 'before',
    });
    expect(milestoneOrderConflict(recorded, 'cwd_review_complete', '2026-12-02')).toMatchObject({ other: 'offered', relation: 'after' });
    expect(milestoneOrderConflict(recorded, 'milap', '2026-10-01')).toMatchObject({ other: 'lor_received' });
    expect(milestoneOrderConflict(recorded, 'lor_received', '2026-10-21')).toMatchObject({ other: 'case_written', relation: 'after' });
  });

  it('accepts dates in order, the same day, and a milestone replacing its own date', () => {
    expect(milestoneOrderConflict(recorded, 'cwd_review_complete', '2026-10-20')).toBeNull();
    expect(milestoneOrderConflict(recorded, 'case_written', '2026-11-01')).toBeNull();
    expect(milestoneOrderConflict(recorded, 'milap', '2026-10-16')).toBeNull();
  });

  it('lets a move redo a step after rework: only earlier milestones bind it', () => {
    expect(milestoneOrderConflict(recorded, 'case_written', '2026-12-10', true)).toBeNull();
    expect(milestoneOrderConflict(recorded, 'case_written', '2026-10-01', true)).toMatchObject({ other: 'lor_received' });
  });
});

describe('funding sources', () => {
  it('knows the programs by key or program code, and nothing else', () => {
    expect(fundingSourceKey('fmf')).toBe('fmf');
    expect(fundingSourceKey('SEC333')).toBe('section_333');
    expect(fundingSourceKey(' National_Funds ')).toBe('national_funds');
    expect(fundingSourceKey('gold bars')).toBeNull();
  });
});

describe('submission to CWD review', () => {
  it('refuses an LOA with no lines, with the reason', () => {
    expect(submissionBlocker({ lines: [] })).toContain('no lines');
  });
});
