import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONABLE_STATUSES, NPOR_ACTIONS, NPOR_STATUSES, NPOR_TRANSITIONS, nporMove, nporOfferBlocker } from './npor-workflow.ts';

describe('NPOR request workflow', () => {
  it('reaches funding only through an actionable determination and a lead IA designation', () => {
    let status = nporMove('received', 'coi_review');
    expect(status).toEqual({ ok: true, to: 'coi_reviewed' });
    status = nporMove('coi_reviewed', 'determine_actionable');
    expect(status).toEqual({ ok: true, to: 'actionable' });
    expect(nporMove('actionable', 'fund')).toEqual({ ok: false, allowed: ['designate_lead_ia', 'withdraw'] });
    expect(nporMove('actionable', 'designate_lead_ia')).toEqual({ ok: true, to: 'lead_ia_designated' });
    expect(nporMove('lead_ia_designated', 'fund')).toEqual({ ok: true, to: 'funded' });
  });

  it('answers a request refused with a negative LOR response, and nothing else', () => {
    expect(nporMove('received', 'determine_not_actionable')).toEqual({ ok: true, to: 'not_actionable' });
    expect(nporMove('not_actionable', 'send_negative_response')).toEqual({ ok: true, to: 'refused' });
    expect(nporMove('not_actionable', 'designate_lead_ia')).toEqual({ ok: false, allowed: ['send_negative_response'] });
  });

  it('never leaves a closed request, and every move leads to a known status', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NPOR_STATUSES), fc.constantFrom(...NPOR_ACTIONS), (status, action) => {
        const move = nporMove(status, action);
        if (['funded', 'refused', 'withdrawn'].includes(status)) expect(move.ok).toBe(false);
        if (move.ok) expect(NPOR_STATUSES).toContain(move.to);
        else expect(move.allowed).toEqual(Object.keys(NPOR_TRANSITIONS[status]));
      }),
    );
  });
});

describe('NPOR offer gate', () => {
  const lines = [
    { lineNumber: '001', programOfRecord: true },
    { lineNumber: '002', programOfRecord: false },
    { lineNumber: '003', programOfRecord: null },
  ];

  it('lets a case without NPOR lines pass, whatever its requests', () => {
    expect(nporOfferBlocker([{ lineNumber: '001', programOfRecord: true }], [])).toBeNull();
    expect(nporOfferBlocker([{ lineNumber: '001', programOfRecord: null }], [])).toBeNull();
  });

  it('stops NPOR lines with no request or none determined actionable, naming the lines and the requests', () => {
    expect(nporOfferBlocker(lines, [])).toMatch(/NPOR line 002 lacks an actionable determination: no NPOR request/);
    expect(nporOfferBlocker(lines, [{ reference: 'NPOR-2026-0001', status: 'received' }])).toMatch(/NPOR-2026-0001 \(received\)/);
    expect(nporOfferBlocker(lines, [{ reference: 'NPOR-2026-0001', status: 'refused' }])).not.toBeNull();
  });

  it('passes once any linked request is determined actionable, and stays passed through designation and funding', () => {
    for (const status of ACTIONABLE_STATUSES) expect(nporOfferBlocker(lines, [{ reference: 'R', status }])).toBeNull();
    fc.assert(
      fc.property(fc.constantFrom(...NPOR_STATUSES), (status) => {
        expect(nporOfferBlocker(lines, [{ reference: 'R', status }]) === null).toBe(ACTIONABLE_STATUSES.includes(status));
      }),
    );
  });
});
