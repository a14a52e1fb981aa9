import { addDays } from '../../../platform/dates.ts';

export const DELIVERY_REPORT_DAYS = 30;
export const DELIVERY_REPORT_SOURCE = 'DoD FMR Vol 15 Ch 8: SDAF deliveries reported to DFAS within 30 days (shared/domain.md §7)';
export const PHYSICAL_INVENTORY_SOURCE = 'DSCA 20-85: annual physical inventory of SDAF stock, one per fiscal year (shared/domain.md §7)';

/** A delivery received on `receivedOn` is reported within 30 calendar days: due on the 30th day after. */
export const deliveryReportDue = (receivedOn: string): string => addDays(receivedOn, DELIVERY_REPORT_DAYS);

export { fiscalYearOf } from '../../../platform/dates.ts';

/** The annual physical inventory of fiscal year N is due by its last day, 30 September N. */
export const physicalInventoryDue = (fiscalYear: number): string => `${fiscalYear}-09-30`;
