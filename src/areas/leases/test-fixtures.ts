import type { CreateLeaseInput } from './lease-model.ts';

const M = 1_000_000 * 100;

/** A complete lease as the form sends it; override what the test is about. */
export const leaseInput = (fields: Partial<CreateLeaseInput> = {}): CreateLeaseInput => ({
  partnerCode: 'GM',
  implementingAgency: 'Department of the Army',
  replacementValueCents: 40 * M,
  mdeValueCents: 10 * M,
  rentalValueCents: 1_200_000_00,
  leaseClassification: 'Unclassified',
  equipmentClassification: 'Unclassified',
  startOn: '2026-03-01',
  termMonths: 24,
  terms: 'Rental paid quarterly in advance; lessee maintains the articles',
  administeringActivity: 'U.S. Army Security Assistance Command',
  justification: 'Needed for an interim capability until the partner’s own purchase is delivered',
  actionOfficer: 'J. Doe, GEX, 703-555-0100',
  articles: [
    { nsn: '1005-01-123-4567', nomenclature: 'Howitzer, towed, 155mm', quantity: 4, serialNumbers: ['H1', 'H2', 'H3', 'H4'], mde: true },
    { nsn: '4935-01-765-4321', nomenclature: 'Test set, fire control', quantity: 2 },
  ],
  ...fields,
});
