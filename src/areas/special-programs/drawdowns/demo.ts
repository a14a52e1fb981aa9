// Drawdown demo: one under FAA 506(a)(1) delivered, one executing with a line revalued from replacement cost to net
// book value, one awaiting its assessments; through the services as the demo actor.
import { addDays } from '../../../platform/dates.ts';
import type { DemoContext } from '../../area-module.ts';
import { addDrawdownDocument, addDrawdownLine, deliverDrawdownLine, revalueDrawdownLine, transitionDrawdown } from './drawdown-moves.ts';
import { createDrawdown } from './drawdown-service.ts';

const M = 1_000_000 * 100;

export async function loadDrawdownDemo({ db, actor, today }: DemoContext) {
  const at = (days: number) => addDays(today, days);
  const doc = async (
    id: string,
    version: number,
    kind: 'justification_package' | 'readiness_assessment' | 'budget_impact_assessment',
    days: number,
  ) =>
    addDrawdownDocument(
      db,
      actor,
      id,
      { version, kind, reference: `${kind.replaceAll('_', '-').toUpperCase()}-${id.slice(0, 4)}`, dated: at(days) },
      today,
    );

  let a = await createDrawdown(db, actor, { partnerCode: 'UP', authority: 'faa_506a1', title: 'Emergency air defence support' }, today);
  a = await doc(a.id, a.version, 'justification_package', -90);
  a = await transitionDrawdown(
    db,
    actor,
    a.id,
    { version: a.version, action: 'determine', pdNumber: 'PD-DEMO-01', pdDate: at(-80), ceilingCents: 40 * M },
    today,
  );
  a = await doc(a.id, a.version, 'readiness_assessment', -78);
  a = await doc(a.id, a.version, 'budget_impact_assessment', -77);
  a = await addDrawdownLine(db, actor, a.id, {
    version: a.version,
    militaryDepartment: 'army',
    description: 'Air defence missiles',
    quantity: 60,
    valuationMethod: 'replacement_cost',
    replacementCostCents: 24 * M,
    netBookValueCents: 15 * M,
  });
  a = await addDrawdownLine(db, actor, a.id, {
    version: a.version,
    militaryDepartment: 'air_force',
    description: 'Radar spares',
    quantity: 12,
    valuationMethod: 'net_book_value',
    netBookValueCents: 6 * M,
    replacementCostCents: 9 * M,
  });
  a = await transitionDrawdown(db, actor, a.id, { version: a.version, action: 'execute' }, at(-60));
  a = await revalueDrawdownLine(
    db,
    actor,
    a.id,
    a.lines[0]!.id,
    {
      version: a.version,
      valuationMethod: 'net_book_value',
      netBookValueCents: 15 * M,
      replacementCostCents: 24 * M,
      reason: 'Valued at net book value per DoD IG finding',
      memo: 'MEMO-REVAL-01',
      onDate: at(-40),
    },
    today,
  );
  for (const line of a.lines)
    a = await deliverDrawdownLine(
      db,
      actor,
      a.id,
      line.id,
      { version: a.version, deliveredOn: at(-20), document: `DD1149-${line.lineNumber}` },
      today,
    );

  let b = await createDrawdown(db, actor, { partnerCode: 'UP', authority: 'faa_506a2', title: 'Counter-narcotics support' }, today);
  b = await doc(b.id, b.version, 'justification_package', -30);
  b = await transitionDrawdown(
    db,
    actor,
    b.id,
    { version: b.version, action: 'determine', pdNumber: 'PD-DEMO-02', pdDate: at(-25), ceilingCents: 75 * M },
    today,
  );
  b = await addDrawdownLine(db, actor, b.id, {
    version: b.version,
    militaryDepartment: 'navy',
    description: 'Patrol boat spares',
    quantity: 4,
    valuationMethod: 'replacement_cost',
    replacementCostCents: 30 * M,
  });

  let c = await createDrawdown(db, actor, { partnerCode: 'JO', authority: 'faa_506a1', title: 'Border security emergency' }, today);
  c = await doc(c.id, c.version, 'justification_package', -5);
  return { drawdowns: 3 };
}
