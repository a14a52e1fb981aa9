// The weapons area's records as the access policy decides on them. The catalogue (systems, companies) belongs to no
// partner; an inquiry belongs to the partner it names (none: every reader of the area sees it); advocacy requests,
// competitions and forecast rows belong to their partner.
import { or, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { byId, permission, type RecordKind } from '../../platform/access/require-access.ts';
import {
  weaponAdvocacyRequests,
  weaponCompanies,
  weaponCompetitions,
  weaponForecastRows,
  weaponInquiries,
  weaponSystems,
} from './schema.ts';

const byIdOrReference = (id: PgColumn, reference: PgColumn) => (refs: readonly string[]) =>
  or(byId(id)(refs), sql`${reference} = any(${sql.param([...refs])}::text[])`)!;

export const systemRecords: RecordKind<typeof weaponSystems> = {
  name: 'Weapons system',
  area: 'weapons',
  table: weaponSystems,
  match: byId(weaponSystems.id),
  partner: sql`null::text`,
};
export const companyRecords: RecordKind<typeof weaponCompanies> = {
  name: 'Company',
  area: 'weapons',
  table: weaponCompanies,
  match: byId(weaponCompanies.id),
  partner: sql`null::text`,
};
export const inquiryRecords: RecordKind<typeof weaponInquiries> = {
  name: 'Inquiry',
  area: 'weapons',
  table: weaponInquiries,
  match: byIdOrReference(weaponInquiries.id, weaponInquiries.reference),
  partner: weaponInquiries.partnerCode,
};
export const advocacyRecords: RecordKind<typeof weaponAdvocacyRequests> = {
  name: 'Advocacy request',
  area: 'weapons',
  table: weaponAdvocacyRequests,
  match: byIdOrReference(weaponAdvocacyRequests.id, weaponAdvocacyRequests.reference),
  partner: weaponAdvocacyRequests.partnerCode,
};
export const competitionRecords: RecordKind<typeof weaponCompetitions> = {
  name: 'Competition',
  area: 'weapons',
  table: weaponCompetitions,
  match: byIdOrReference(weaponCompetitions.id, weaponCompetitions.reference),
  partner: weaponCompetitions.partnerCode,
};
export const forecastRecords: RecordKind<typeof weaponForecastRows> = {
  name: 'Forecast row',
  area: 'weapons',
  table: weaponForecastRows,
  match: byId(weaponForecastRows.id),
  partner: weaponForecastRows.partnerCode,
};

const both = <T extends PgTable>(k: RecordKind<T>) => ({ read: permission(k, 'read'), write: permission(k, 'write') });
export const SYSTEM = both(systemRecords);
export const COMPANY = both(companyRecords);
export const INQUIRY = both(inquiryRecords);
export const ADVOCACY = both(advocacyRecords);
export const COMPETITION = both(competitionRecords);
export const FORECAST = both(forecastRecords);
