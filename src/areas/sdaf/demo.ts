// The fund's part of the demo data set, through the services (audited, rules applied): capital credited, one
// procurement still open, one delivered into inventory (its report to DFAS still due), one delivered and partly
// transferred to a demo FMS case with the reimbursement credited. The same at every size: the fund is one fund.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { addDays } from '../../platform/dates.ts';
import type { DemoLoader } from '../area-module.ts';
import { cases } from '../cases/public.ts';
import { addRule, creditCapital } from './fund-service.ts';
import { receiveDelivery } from './inventory-service.ts';
import { createProcurement } from './procurement-service.ts';
import { transferToCase } from './transfer-service.ts';

const attested = (on: string) => ({
  releasable: true,
  attestedBy: 'Demo foreign disclosure officer',
  attestedOn: on,
  basis: 'Demo: releasable to foreign countries at award',
});

export const sdafDemo: DemoLoader = {
  order: 60,
  async load({ db, actor, today }) {
    const day = (n: number) => addDays(today, -n);
    // DSCA 24-12's rate is not in shared/domain.md: the demo enters one, labelled as such, so transfers can be shown.
    await addRule(db, actor, {
      kind: 'contract_administration_surcharge',
      effectiveFrom: day(400),
      value: 150,
      source: 'DEMO VALUE for the demonstration data set only — an administrator enters the DSCA 24-12 rate',
      verified: false,
    });
    await creditCapital(
      db,
      actor,
      { amountCents: 350_000_000_00, source: 'appropriation', documentReference: 'DEMO-APPN-1', onDate: day(365) },
      today,
    );
    await creditCapital(
      db,
      actor,
      { amountCents: 25_000_000_00, source: 'proceeds', documentReference: 'DEMO-PROCEEDS-1', onDate: day(200) },
      today,
    );
    const procurement = (
      contractNumber: string,
      awardedAgo: number,
      items: { nsn: string; nomenclature: string; quantity: number; unitCostCents: number; mde?: boolean }[],
    ) =>
      createProcurement(
        db,
        actor,
        {
          contractNumber,
          awardedOn: day(awardedAgo),
          expectedDeliveryOn: day(awardedAgo - 240),
          items,
          releasability: attested(day(awardedAgo)),
        },
        today,
      );
    await procurement('W58RGZ-DEMO-0003', 30, [
      { nsn: '1427-01-700-0003', nomenclature: 'Demo missile round', quantity: 40, unitCostCents: 1_150_000_00, mde: true },
    ]);
    const delivered = await procurement('W56HZV-DEMO-0002', 300, [
      { nsn: '2320-01-700-0002', nomenclature: 'Demo tactical truck', quantity: 20, unitCostCents: 310_000_00 },
    ]);
    await receiveDelivery(
      db,
      actor,
      delivered.id,
      { version: 1, itemId: delivered.items[0]!.id, quantity: 20, receivedOn: day(10), documentReference: 'DEMO-DD250-2' },
      today,
    );
    const shared = await procurement('N00019-DEMO-0001', 420, [
      { nsn: '1005-01-700-0001', nomenclature: 'Demo rifle', quantity: 500, unitCostCents: 1_200_00 },
      { nsn: '5855-01-700-0001', nomenclature: 'Demo night vision device', quantity: 100, unitCostCents: 9_500_00 },
    ]);
    let version = shared.version;
    for (const item of shared.items)
      version = (
        await receiveDelivery(
          db,
          actor,
          shared.id,
          { version, itemId: item.id, quantity: item.quantity, receivedOn: day(120), documentReference: `DEMO-DD250-1-${item.lineNumber}` },
          today,
        )
      ).version;
    const [target] = await db
      .select({ identifier: cases.identifier })
      .from(cases)
      .where(
        and(inArray(cases.status, ['accepted', 'implemented']), sql`${cases.type} <> 'bpc'`, eq(sql`cardinality(${cases.markings})`, 0)),
      )
      .orderBy(asc(cases.identifier))
      .limit(1);
    if (!target) return { procurements: 3, transfers: 0 };
    await transferToCase(
      db,
      actor,
      {
        itemId: shared.items[0]!.id,
        caseId: target.identifier,
        quantity: 200,
        titleTransferOn: day(60),
        storagePreparationCents: 1_500_00,
        documentReference: 'DEMO-DD1149-1',
      },
      today,
    );
    return { procurements: 3, transfers: 1 };
  },
};
