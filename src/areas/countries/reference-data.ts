// IOPS reference data: FMS partners (customer codes), combatant commands, and dated group memberships.
// Data only; every value below names its basis. Researched for IOPS; see the notes before changing anything.
//
// CUSTOMER CODES (SAMM Table C4.T2, "Security Cooperation Customer and Regional Codes and FMS Eligibility").
//   The table itself (samm.dsca.mil Tables C4.T2A-D) could not be read from the stored sources available:
//   only its title, DSCA memos that change single entries, and published case identifiers were readable.
//   codeVerified === true only where the code was read in such a source:
//     TW (TECRO/Taiwan) and IS (Israel): case identifiers TW-D-QBA and IS-B-ZMI in the FR/CR texts of
//       transmittals 22-44 and 20-44 (shared/domain.md section 1, confirmed there);
//     W7 (NSPA) and N4 (NAMSA General + Nike): DSCA Policy 18-06 (Table C4.T2C entries).
//   Every other code is codeVerified === false and comes, in this order, from:
//     1. the IOPS brief's own statement "Australia = AT" (Australia only; FIPS 10-4 would give AS);
//     2. FIPS 10-4 (US Government country codes), transcribed from the GeoNames countryInfo.txt 'fips'
//        column (GitHub ali-hv/geobank-data @817d9a1). Basis: C4.T2 codes are FIPS-style, not ISO: the
//        verified TW and IS equal their FIPS 10-4 codes, while IS is Iceland's ISO code. C4.T2 is known
//        NOT to follow FIPS everywhere (AT for Australia), so each unverified code must be checked
//        against the live SAMM table before it is used on a case identifier;
//     3. the ISO alpha-2 code, for the three ISO entries with no FIPS 10-4 code (AX, BQ, UM).
//   Kosovo is included with the user-assigned XK/XKX codes (not ISO-assigned; FMS-eligible partner).
//   NATO itself buys through FMS (transmittal 13-06, 78 FR 26328: "Prospective Purchaser: North Atlantic Treaty
//   Organization"); its C4.T2C code was not found, so it carries IOPS's provisional 3-character code NTO, codeVerified
//   false, to be replaced from the live table. Not included, for want of a source showing an FMS case: UN bodies, OAS,
//   African Union and other organisations. C4.T2B DSCA/DFAS-reserved and program codes (e.g. 88, 89,
//   P2, V5, W9, WD) are not partners and are left out.
//
// REGION: geographic combatant command under the Unified Command Plan. Israel CENTCOM (moved from EUCOM
//   2021); Greenland NORTHCOM (moved from EUCOM, Pentagon statement 17 Jun 2025). Territories follow the
//   command whose AOR holds them. Best judgement, no single source read for: Bouvet Island (AFRICOM),
//   Heard and McDonald Islands (INDOPACOM), French Southern Territories (null: spans the AFRICOM/INDOPACOM
//   Indian Ocean boundary), Antarctica (null).
//
// GROUP DATES.
//   NATO: accession = deposit of the instrument of accession (founders: treaty in force 24 Aug 1949);
//     sources per row (nato.int and official statements). NSPA (W7) from its creation, 1 Jul 2012.
//   AECA_36B_ALLIES (22 U.S.C. 2776(b)(1): higher thresholds, 15-day review): NATO members (not the US),
//     Japan, Australia, New Zealand, Republic of Korea (P.L. 110-429 sec. 3, 15 Oct 2008), Israel
//     (P.L. 111-266 sec. 301, 8 Oct 2010). The statute also names NATO itself, which has no entry here;
//     NATO agencies (W7, N4) are deliberately NOT in the group (the statute says "North Atlantic Treaty
//     Organization"; whether DSCA applies it to NSPA was not confirmed). The date the statute first gave
//     NATO members, Japan, Australia and New Zealand this treatment was not confirmed: 29 Dec 1981
//     (P.L. 97-113 sec. 102, heading "Proposed transfers or sales to NATO, Japan, Australia, or New
//     Zealand") is the earliest supportable date and those rows are verified: false. Rows for NATO members
//     that joined after 15 Oct 2008 are verified: coverage of NATO members predates Korea's addition.
//   AECA_62C_15_DAY and AECA_63A_HIGHER (the lease rules, migration 0017): the partners AECA 62(c) and 63(a)(2)
//     name besides NATO members, who qualify through the NATO group itself. See each row's source.

export type CombatantCommand = 'AFRICOM' | 'CENTCOM' | 'EUCOM' | 'INDOPACOM' | 'NORTHCOM' | 'SOUTHCOM';
export type PartnerKind = 'country' | 'organization';
export interface PartnerSeed {
  code: string;
  iso2: string | null;
  iso3: string | null;
  name: string;
  kind: PartnerKind;
  region: CombatantCommand | null;
  codeVerified: boolean;
}
export type CountryGroupCode = 'NATO' | 'AECA_36B_ALLIES' | 'AECA_62C_15_DAY' | 'AECA_63A_HIGHER';
export interface GroupMembershipSeed {
  group: CountryGroupCode;
  partnerCode: string;
  from: string;
  to: string | null;
  source: string;
  verified: boolean;
}

export const CUSTOMER_CODE_SOURCE: string =
  'SAMM Table C4.T2 (samm.dsca.mil, Tables C4.T2A-D) as seen in published case identifiers (TW, IS) and DSCA Policy 18-06 (W7, N4); all other codes provisional: FIPS 10-4 via GeoNames countryInfo.txt (AU = AT per IOPS brief; AX, BQ, UM = ISO alpha-2), codeVerified false';

// kind 'country': one row per ISO 3166-1 entry (249) plus Kosovo. Trailing comment: basis of an unverified code.
export const PARTNERS: readonly PartnerSeed[] = [
  { code: 'AF', iso2: 'AF', iso3: 'AFG', name: 'Afghanistan', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'AL', iso2: 'AL', iso3: 'ALB', name: 'Albania', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'AG', iso2: 'DZ', iso3: 'DZA', name: 'Algeria', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'AQ', iso2: 'AS', iso3: 'ASM', name: 'American Samoa', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'AN', iso2: 'AD', iso3: 'AND', name: 'Andorra', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'AO', iso2: 'AO', iso3: 'AGO', name: 'Angola', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'AV', iso2: 'AI', iso3: 'AIA', name: 'Anguilla', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'AY', iso2: 'AQ', iso3: 'ATA', name: 'Antarctica', kind: 'country', region: null, codeVerified: false }, // FIPS 10-4
  { code: 'AC', iso2: 'AG', iso3: 'ATG', name: 'Antigua and Barbuda', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'AR', iso2: 'AR', iso3: 'ARG', name: 'Argentina', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'AM', iso2: 'AM', iso3: 'ARM', name: 'Armenia', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'AA', iso2: 'AW', iso3: 'ABW', name: 'Aruba', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'AT', iso2: 'AU', iso3: 'AUS', name: 'Australia', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // IOPS brief (FIPS would be AS)
  { code: 'AU', iso2: 'AT', iso3: 'AUT', name: 'Austria', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'AJ', iso2: 'AZ', iso3: 'AZE', name: 'Azerbaijan', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'BA', iso2: 'BH', iso3: 'BHR', name: 'Bahrain', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'BG', iso2: 'BD', iso3: 'BGD', name: 'Bangladesh', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'BB', iso2: 'BB', iso3: 'BRB', name: 'Barbados', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'BO', iso2: 'BY', iso3: 'BLR', name: 'Belarus', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'BE', iso2: 'BE', iso3: 'BEL', name: 'Belgium', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'BH', iso2: 'BZ', iso3: 'BLZ', name: 'Belize', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'BN', iso2: 'BJ', iso3: 'BEN', name: 'Benin', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'BD', iso2: 'BM', iso3: 'BMU', name: 'Bermuda', kind: 'country', region: 'NORTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'BT', iso2: 'BT', iso3: 'BTN', name: 'Bhutan', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'BL', iso2: 'BO', iso3: 'BOL', name: 'Bolivia', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  {
    code: 'BQ',
    iso2: 'BQ',
    iso3: 'BES',
    name: 'Bonaire, Sint Eustatius and Saba',
    kind: 'country',
    region: 'SOUTHCOM',
    codeVerified: false,
  }, // no FIPS code: ISO alpha-2 used
  { code: 'BK', iso2: 'BA', iso3: 'BIH', name: 'Bosnia and Herzegovina', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'BC', iso2: 'BW', iso3: 'BWA', name: 'Botswana', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'BV', iso2: 'BV', iso3: 'BVT', name: 'Bouvet Island', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'BR', iso2: 'BR', iso3: 'BRA', name: 'Brazil', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  {
    code: 'IO',
    iso2: 'IO',
    iso3: 'IOT',
    name: 'British Indian Ocean Territory',
    kind: 'country',
    region: 'INDOPACOM',
    codeVerified: false,
  }, // FIPS 10-4
  { code: 'VI', iso2: 'VG', iso3: 'VGB', name: 'British Virgin Islands', kind: 'country', region: 'NORTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'BX', iso2: 'BN', iso3: 'BRN', name: 'Brunei', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'BU', iso2: 'BG', iso3: 'BGR', name: 'Bulgaria', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'UV', iso2: 'BF', iso3: 'BFA', name: 'Burkina Faso', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'BY', iso2: 'BI', iso3: 'BDI', name: 'Burundi', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'CV', iso2: 'CV', iso3: 'CPV', name: 'Cabo Verde', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'CB', iso2: 'KH', iso3: 'KHM', name: 'Cambodia', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'CM', iso2: 'CM', iso3: 'CMR', name: 'Cameroon', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'CA', iso2: 'CA', iso3: 'CAN', name: 'Canada', kind: 'country', region: 'NORTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'CJ', iso2: 'KY', iso3: 'CYM', name: 'Cayman Islands', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'CT', iso2: 'CF', iso3: 'CAF', name: 'Central African Republic', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'CD', iso2: 'TD', iso3: 'TCD', name: 'Chad', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'CI', iso2: 'CL', iso3: 'CHL', name: 'Chile', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'CH', iso2: 'CN', iso3: 'CHN', name: 'China', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'KT', iso2: 'CX', iso3: 'CXR', name: 'Christmas Island', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'CK', iso2: 'CC', iso3: 'CCK', name: 'Cocos (Keeling) Islands', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'CO', iso2: 'CO', iso3: 'COL', name: 'Colombia', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'CN', iso2: 'KM', iso3: 'COM', name: 'Comoros', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'CW', iso2: 'CK', iso3: 'COK', name: 'Cook Islands', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'CS', iso2: 'CR', iso3: 'CRI', name: 'Costa Rica', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'HR', iso2: 'HR', iso3: 'HRV', name: 'Croatia', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'CU', iso2: 'CU', iso3: 'CUB', name: 'Cuba', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'UC', iso2: 'CW', iso3: 'CUW', name: 'Curaçao', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'CY', iso2: 'CY', iso3: 'CYP', name: 'Cyprus', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'EZ', iso2: 'CZ', iso3: 'CZE', name: 'Czech Republic', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'IV', iso2: 'CI', iso3: 'CIV', name: "Côte d'Ivoire", kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  {
    code: 'KN',
    iso2: 'KP',
    iso3: 'PRK',
    name: "Democratic People's Republic of Korea",
    kind: 'country',
    region: 'INDOPACOM',
    codeVerified: false,
  }, // FIPS 10-4
  {
    code: 'CG',
    iso2: 'CD',
    iso3: 'COD',
    name: 'Democratic Republic of the Congo',
    kind: 'country',
    region: 'AFRICOM',
    codeVerified: false,
  }, // FIPS 10-4
  { code: 'DA', iso2: 'DK', iso3: 'DNK', name: 'Denmark', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'DJ', iso2: 'DJ', iso3: 'DJI', name: 'Djibouti', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'DO', iso2: 'DM', iso3: 'DMA', name: 'Dominica', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'DR', iso2: 'DO', iso3: 'DOM', name: 'Dominican Republic', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'EC', iso2: 'EC', iso3: 'ECU', name: 'Ecuador', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'EG', iso2: 'EG', iso3: 'EGY', name: 'Egypt', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'ES', iso2: 'SV', iso3: 'SLV', name: 'El Salvador', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'EK', iso2: 'GQ', iso3: 'GNQ', name: 'Equatorial Guinea', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'ER', iso2: 'ER', iso3: 'ERI', name: 'Eritrea', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'EN', iso2: 'EE', iso3: 'EST', name: 'Estonia', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'WZ', iso2: 'SZ', iso3: 'SWZ', name: 'Eswatini', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'ET', iso2: 'ET', iso3: 'ETH', name: 'Ethiopia', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  {
    code: 'FK',
    iso2: 'FK',
    iso3: 'FLK',
    name: 'Falkland Islands (Islas Malvinas)',
    kind: 'country',
    region: 'SOUTHCOM',
    codeVerified: false,
  }, // FIPS 10-4
  { code: 'FO', iso2: 'FO', iso3: 'FRO', name: 'Faroe Islands', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  {
    code: 'FM',
    iso2: 'FM',
    iso3: 'FSM',
    name: 'Federated States of Micronesia',
    kind: 'country',
    region: 'INDOPACOM',
    codeVerified: false,
  }, // FIPS 10-4
  { code: 'FJ', iso2: 'FJ', iso3: 'FJI', name: 'Fiji', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'FI', iso2: 'FI', iso3: 'FIN', name: 'Finland', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'FR', iso2: 'FR', iso3: 'FRA', name: 'France', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'FG', iso2: 'GF', iso3: 'GUF', name: 'French Guiana', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'FP', iso2: 'PF', iso3: 'PYF', name: 'French Polynesia', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'FS', iso2: 'TF', iso3: 'ATF', name: 'French Southern Territories', kind: 'country', region: null, codeVerified: false }, // FIPS 10-4
  { code: 'GB', iso2: 'GA', iso3: 'GAB', name: 'Gabon', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'GG', iso2: 'GE', iso3: 'GEO', name: 'Georgia', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'GM', iso2: 'DE', iso3: 'DEU', name: 'Germany', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'GH', iso2: 'GH', iso3: 'GHA', name: 'Ghana', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'GI', iso2: 'GI', iso3: 'GIB', name: 'Gibraltar', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'GR', iso2: 'GR', iso3: 'GRC', name: 'Greece', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'GL', iso2: 'GL', iso3: 'GRL', name: 'Greenland', kind: 'country', region: 'NORTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'GJ', iso2: 'GD', iso3: 'GRD', name: 'Grenada', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'GP', iso2: 'GP', iso3: 'GLP', name: 'Guadeloupe', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'GQ', iso2: 'GU', iso3: 'GUM', name: 'Guam', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'GT', iso2: 'GT', iso3: 'GTM', name: 'Guatemala', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'GK', iso2: 'GG', iso3: 'GGY', name: 'Guernsey', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'GV', iso2: 'GN', iso3: 'GIN', name: 'Guinea', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'PU', iso2: 'GW', iso3: 'GNB', name: 'Guinea-Bissau', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'GY', iso2: 'GY', iso3: 'GUY', name: 'Guyana', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'HA', iso2: 'HT', iso3: 'HTI', name: 'Haiti', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  {
    code: 'HM',
    iso2: 'HM',
    iso3: 'HMD',
    name: 'Heard Island and McDonald Islands',
    kind: 'country',
    region: 'INDOPACOM',
    codeVerified: false,
  }, // FIPS 10-4
  { code: 'VT', iso2: 'VA', iso3: 'VAT', name: 'Holy See (Vatican City)', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'HO', iso2: 'HN', iso3: 'HND', name: 'Honduras', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'HK', iso2: 'HK', iso3: 'HKG', name: 'Hong Kong', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'HU', iso2: 'HU', iso3: 'HUN', name: 'Hungary', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'IC', iso2: 'IS', iso3: 'ISL', name: 'Iceland', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'IN', iso2: 'IN', iso3: 'IND', name: 'India', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'ID', iso2: 'ID', iso3: 'IDN', name: 'Indonesia', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'IR', iso2: 'IR', iso3: 'IRN', name: 'Iran', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'IZ', iso2: 'IQ', iso3: 'IRQ', name: 'Iraq', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'EI', iso2: 'IE', iso3: 'IRL', name: 'Ireland', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'IM', iso2: 'IM', iso3: 'IMN', name: 'Isle of Man', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'IS', iso2: 'IL', iso3: 'ISR', name: 'Israel', kind: 'country', region: 'CENTCOM', codeVerified: true }, // read in published transmittal case identifiers
  { code: 'IT', iso2: 'IT', iso3: 'ITA', name: 'Italy', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'JM', iso2: 'JM', iso3: 'JAM', name: 'Jamaica', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'JA', iso2: 'JP', iso3: 'JPN', name: 'Japan', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'JE', iso2: 'JE', iso3: 'JEY', name: 'Jersey', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'JO', iso2: 'JO', iso3: 'JOR', name: 'Jordan', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'KZ', iso2: 'KZ', iso3: 'KAZ', name: 'Kazakhstan', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'KE', iso2: 'KE', iso3: 'KEN', name: 'Kenya', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'KR', iso2: 'KI', iso3: 'KIR', name: 'Kiribati', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'KV', iso2: 'XK', iso3: 'XKX', name: 'Kosovo', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'KU', iso2: 'KW', iso3: 'KWT', name: 'Kuwait', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'KG', iso2: 'KG', iso3: 'KGZ', name: 'Kyrgyzstan', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'LA', iso2: 'LA', iso3: 'LAO', name: 'Laos', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'LG', iso2: 'LV', iso3: 'LVA', name: 'Latvia', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'LE', iso2: 'LB', iso3: 'LBN', name: 'Lebanon', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'LT', iso2: 'LS', iso3: 'LSO', name: 'Lesotho', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'LI', iso2: 'LR', iso3: 'LBR', name: 'Liberia', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'LY', iso2: 'LY', iso3: 'LBY', name: 'Libya', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'LS', iso2: 'LI', iso3: 'LIE', name: 'Liechtenstein', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'LH', iso2: 'LT', iso3: 'LTU', name: 'Lithuania', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'LU', iso2: 'LU', iso3: 'LUX', name: 'Luxembourg', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'MC', iso2: 'MO', iso3: 'MAC', name: 'Macao', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'MA', iso2: 'MG', iso3: 'MDG', name: 'Madagascar', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'MI', iso2: 'MW', iso3: 'MWI', name: 'Malawi', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'MY', iso2: 'MY', iso3: 'MYS', name: 'Malaysia', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'MV', iso2: 'MV', iso3: 'MDV', name: 'Maldives', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'ML', iso2: 'ML', iso3: 'MLI', name: 'Mali', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'MT', iso2: 'MT', iso3: 'MLT', name: 'Malta', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'RM', iso2: 'MH', iso3: 'MHL', name: 'Marshall Islands', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'MB', iso2: 'MQ', iso3: 'MTQ', name: 'Martinique', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'MR', iso2: 'MR', iso3: 'MRT', name: 'Mauritania', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'MP', iso2: 'MU', iso3: 'MUS', name: 'Mauritius', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'MF', iso2: 'YT', iso3: 'MYT', name: 'Mayotte', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'MX', iso2: 'MX', iso3: 'MEX', name: 'Mexico', kind: 'country', region: 'NORTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'MD', iso2: 'MD', iso3: 'MDA', name: 'Moldova', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'MN', iso2: 'MC', iso3: 'MCO', name: 'Monaco', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'MG', iso2: 'MN', iso3: 'MNG', name: 'Mongolia', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'MJ', iso2: 'ME', iso3: 'MNE', name: 'Montenegro', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'MH', iso2: 'MS', iso3: 'MSR', name: 'Montserrat', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'MO', iso2: 'MA', iso3: 'MAR', name: 'Morocco', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'MZ', iso2: 'MZ', iso3: 'MOZ', name: 'Mozambique', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'BM', iso2: 'MM', iso3: 'MMR', name: 'Myanmar', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'WA', iso2: 'NA', iso3: 'NAM', name: 'Namibia', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'NR', iso2: 'NR', iso3: 'NRU', name: 'Nauru', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'NP', iso2: 'NP', iso3: 'NPL', name: 'Nepal', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'NL', iso2: 'NL', iso3: 'NLD', name: 'Netherlands', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'NC', iso2: 'NC', iso3: 'NCL', name: 'New Caledonia', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'NZ', iso2: 'NZ', iso3: 'NZL', name: 'New Zealand', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'NU', iso2: 'NI', iso3: 'NIC', name: 'Nicaragua', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'NG', iso2: 'NE', iso3: 'NER', name: 'Niger', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'NI', iso2: 'NG', iso3: 'NGA', name: 'Nigeria', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'NE', iso2: 'NU', iso3: 'NIU', name: 'Niue', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'NF', iso2: 'NF', iso3: 'NFK', name: 'Norfolk Island', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'MK', iso2: 'MK', iso3: 'MKD', name: 'North Macedonia', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'CQ', iso2: 'MP', iso3: 'MNP', name: 'Northern Mariana Islands', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'NO', iso2: 'NO', iso3: 'NOR', name: 'Norway', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'MU', iso2: 'OM', iso3: 'OMN', name: 'Oman', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'PK', iso2: 'PK', iso3: 'PAK', name: 'Pakistan', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'PS', iso2: 'PW', iso3: 'PLW', name: 'Palau', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'WE', iso2: 'PS', iso3: 'PSE', name: 'Palestinian Territories', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'PM', iso2: 'PA', iso3: 'PAN', name: 'Panama', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'PP', iso2: 'PG', iso3: 'PNG', name: 'Papua New Guinea', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'PA', iso2: 'PY', iso3: 'PRY', name: 'Paraguay', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'PE', iso2: 'PE', iso3: 'PER', name: 'Peru', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'RP', iso2: 'PH', iso3: 'PHL', name: 'Philippines', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'PC', iso2: 'PN', iso3: 'PCN', name: 'Pitcairn', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'PL', iso2: 'PL', iso3: 'POL', name: 'Poland', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'PO', iso2: 'PT', iso3: 'PRT', name: 'Portugal', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'RQ', iso2: 'PR', iso3: 'PRI', name: 'Puerto Rico', kind: 'country', region: 'NORTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'QA', iso2: 'QA', iso3: 'QAT', name: 'Qatar', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'KS', iso2: 'KR', iso3: 'KOR', name: 'Republic of Korea', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'CF', iso2: 'CG', iso3: 'COG', name: 'Republic of the Congo', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'RO', iso2: 'RO', iso3: 'ROU', name: 'Romania', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'RS', iso2: 'RU', iso3: 'RUS', name: 'Russia', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'RW', iso2: 'RW', iso3: 'RWA', name: 'Rwanda', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'RE', iso2: 'RE', iso3: 'REU', name: 'Réunion', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'TB', iso2: 'BL', iso3: 'BLM', name: 'Saint Barthélemy', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  {
    code: 'SH',
    iso2: 'SH',
    iso3: 'SHN',
    name: 'Saint Helena, Ascension and Tristan da Cunha',
    kind: 'country',
    region: 'AFRICOM',
    codeVerified: false,
  }, // FIPS 10-4
  { code: 'SC', iso2: 'KN', iso3: 'KNA', name: 'Saint Kitts and Nevis', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'ST', iso2: 'LC', iso3: 'LCA', name: 'Saint Lucia', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'RN', iso2: 'MF', iso3: 'MAF', name: 'Saint Martin (French part)', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'SB', iso2: 'PM', iso3: 'SPM', name: 'Saint Pierre and Miquelon', kind: 'country', region: 'NORTHCOM', codeVerified: false }, // FIPS 10-4
  {
    code: 'VC',
    iso2: 'VC',
    iso3: 'VCT',
    name: 'Saint Vincent and the Grenadines',
    kind: 'country',
    region: 'SOUTHCOM',
    codeVerified: false,
  }, // FIPS 10-4
  { code: 'WS', iso2: 'WS', iso3: 'WSM', name: 'Samoa', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'SM', iso2: 'SM', iso3: 'SMR', name: 'San Marino', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'TP', iso2: 'ST', iso3: 'STP', name: 'Sao Tome and Principe', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'SA', iso2: 'SA', iso3: 'SAU', name: 'Saudi Arabia', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'SG', iso2: 'SN', iso3: 'SEN', name: 'Senegal', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'RI', iso2: 'RS', iso3: 'SRB', name: 'Serbia', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'SE', iso2: 'SC', iso3: 'SYC', name: 'Seychelles', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'SL', iso2: 'SL', iso3: 'SLE', name: 'Sierra Leone', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'SN', iso2: 'SG', iso3: 'SGP', name: 'Singapore', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'NN', iso2: 'SX', iso3: 'SXM', name: 'Sint Maarten (Dutch part)', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'LO', iso2: 'SK', iso3: 'SVK', name: 'Slovakia', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'SI', iso2: 'SI', iso3: 'SVN', name: 'Slovenia', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'BP', iso2: 'SB', iso3: 'SLB', name: 'Solomon Islands', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'SO', iso2: 'SO', iso3: 'SOM', name: 'Somalia', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'SF', iso2: 'ZA', iso3: 'ZAF', name: 'South Africa', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  {
    code: 'SX',
    iso2: 'GS',
    iso3: 'SGS',
    name: 'South Georgia and the South Sandwich Islands',
    kind: 'country',
    region: 'SOUTHCOM',
    codeVerified: false,
  }, // FIPS 10-4
  { code: 'OD', iso2: 'SS', iso3: 'SSD', name: 'South Sudan', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'SP', iso2: 'ES', iso3: 'ESP', name: 'Spain', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'CE', iso2: 'LK', iso3: 'LKA', name: 'Sri Lanka', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'SU', iso2: 'SD', iso3: 'SDN', name: 'Sudan', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'NS', iso2: 'SR', iso3: 'SUR', name: 'Suriname', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'SV', iso2: 'SJ', iso3: 'SJM', name: 'Svalbard and Jan Mayen', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'SW', iso2: 'SE', iso3: 'SWE', name: 'Sweden', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'SZ', iso2: 'CH', iso3: 'CHE', name: 'Switzerland', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'SY', iso2: 'SY', iso3: 'SYR', name: 'Syria', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  {
    code: 'TW',
    iso2: 'TW',
    iso3: 'TWN',
    name: 'Taipei Economic and Cultural Representative Office in the United States (TECRO)',
    kind: 'country',
    region: 'INDOPACOM',
    codeVerified: true,
  }, // read in published transmittal case identifiers
  { code: 'TI', iso2: 'TJ', iso3: 'TJK', name: 'Tajikistan', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'TZ', iso2: 'TZ', iso3: 'TZA', name: 'Tanzania', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'TH', iso2: 'TH', iso3: 'THA', name: 'Thailand', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'BF', iso2: 'BS', iso3: 'BHS', name: 'The Bahamas', kind: 'country', region: 'NORTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'GA', iso2: 'GM', iso3: 'GMB', name: 'The Gambia', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'TT', iso2: 'TL', iso3: 'TLS', name: 'Timor-Leste', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'TO', iso2: 'TG', iso3: 'TGO', name: 'Togo', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'TL', iso2: 'TK', iso3: 'TKL', name: 'Tokelau', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'TN', iso2: 'TO', iso3: 'TON', name: 'Tonga', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'TD', iso2: 'TT', iso3: 'TTO', name: 'Trinidad and Tobago', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'TS', iso2: 'TN', iso3: 'TUN', name: 'Tunisia', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'TX', iso2: 'TM', iso3: 'TKM', name: 'Turkmenistan', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'TK', iso2: 'TC', iso3: 'TCA', name: 'Turks and Caicos Islands', kind: 'country', region: 'NORTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'TV', iso2: 'TV', iso3: 'TUV', name: 'Tuvalu', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'TU', iso2: 'TR', iso3: 'TUR', name: 'Türkiye', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'VQ', iso2: 'VI', iso3: 'VIR', name: 'U.S. Virgin Islands', kind: 'country', region: 'NORTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'UG', iso2: 'UG', iso3: 'UGA', name: 'Uganda', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'UP', iso2: 'UA', iso3: 'UKR', name: 'Ukraine', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'AE', iso2: 'AE', iso3: 'ARE', name: 'United Arab Emirates', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'UK', iso2: 'GB', iso3: 'GBR', name: 'United Kingdom', kind: 'country', region: 'EUCOM', codeVerified: false }, // FIPS 10-4
  { code: 'US', iso2: 'US', iso3: 'USA', name: 'United States', kind: 'country', region: 'NORTHCOM', codeVerified: false }, // FIPS 10-4
  {
    code: 'UM',
    iso2: 'UM',
    iso3: 'UMI',
    name: 'United States Minor Outlying Islands',
    kind: 'country',
    region: 'INDOPACOM',
    codeVerified: false,
  }, // no FIPS code: ISO alpha-2 used
  { code: 'UY', iso2: 'UY', iso3: 'URY', name: 'Uruguay', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'UZ', iso2: 'UZ', iso3: 'UZB', name: 'Uzbekistan', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'NH', iso2: 'VU', iso3: 'VUT', name: 'Vanuatu', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'VE', iso2: 'VE', iso3: 'VEN', name: 'Venezuela', kind: 'country', region: 'SOUTHCOM', codeVerified: false }, // FIPS 10-4
  { code: 'VM', iso2: 'VN', iso3: 'VNM', name: 'Vietnam', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'WF', iso2: 'WF', iso3: 'WLF', name: 'Wallis and Futuna', kind: 'country', region: 'INDOPACOM', codeVerified: false }, // FIPS 10-4
  { code: 'WI', iso2: 'EH', iso3: 'ESH', name: 'Western Sahara', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'YM', iso2: 'YE', iso3: 'YEM', name: 'Yemen', kind: 'country', region: 'CENTCOM', codeVerified: false }, // FIPS 10-4
  { code: 'ZA', iso2: 'ZM', iso3: 'ZMB', name: 'Zambia', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'ZI', iso2: 'ZW', iso3: 'ZWE', name: 'Zimbabwe', kind: 'country', region: 'AFRICOM', codeVerified: false }, // FIPS 10-4
  { code: 'AX', iso2: 'AX', iso3: 'ALA', name: 'Åland Islands', kind: 'country', region: 'EUCOM', codeVerified: false }, // no FIPS code: ISO alpha-2 used
  {
    code: 'W7',
    iso2: null,
    iso3: null,
    name: 'NATO Support and Procurement Agency (NSPA)',
    kind: 'organization',
    region: null,
    codeVerified: true,
  }, // DSCA 18-06 (5 Jul 2018): SCCC W7 established by DSCA 16-70 for sales to NSPA and successor agencies
  {
    code: 'N4',
    iso2: null,
    iso3: null,
    name: 'NATO Maintenance and Supply Agency (NAMSA) General + Nike',
    kind: 'organization',
    region: null,
    codeVerified: true,
  }, // DSCA 18-06 (5 Jul 2018): SCCC N4 'NAMSA General + Nike', originally for NAMSA sales
  {
    code: 'NTO',
    iso2: null,
    iso3: null,
    name: 'North Atlantic Treaty Organization (NATO)',
    kind: 'organization',
    region: null,
    codeVerified: false,
  }, // purchaser in transmittal 13-06 (78 FR 26328, 6 May 2013); code provisional (C4.T2C entry not found), migration 0030
];

export const GROUP_MEMBERSHIPS: readonly GroupMembershipSeed[] = [
  {
    group: 'NATO',
    partnerCode: 'BE',
    from: '1949-08-24',
    to: null,
    source:
      "Founding member: North Atlantic Treaty signed 4 Apr 1949, in force 24 Aug 1949 (nato.int 'Member countries' page, archived copy; treaty entry-into-force date)",
    verified: true,
  }, // BE
  {
    group: 'NATO',
    partnerCode: 'CA',
    from: '1949-08-24',
    to: null,
    source:
      "Founding member: North Atlantic Treaty signed 4 Apr 1949, in force 24 Aug 1949 (nato.int 'Member countries' page, archived copy; treaty entry-into-force date)",
    verified: true,
  }, // CA
  {
    group: 'NATO',
    partnerCode: 'DA',
    from: '1949-08-24',
    to: null,
    source:
      "Founding member: North Atlantic Treaty signed 4 Apr 1949, in force 24 Aug 1949 (nato.int 'Member countries' page, archived copy; treaty entry-into-force date)",
    verified: true,
  }, // DK
  {
    group: 'NATO',
    partnerCode: 'FR',
    from: '1949-08-24',
    to: null,
    source:
      "Founding member: North Atlantic Treaty signed 4 Apr 1949, in force 24 Aug 1949 (nato.int 'Member countries' page, archived copy; treaty entry-into-force date)",
    verified: true,
  }, // FR
  {
    group: 'NATO',
    partnerCode: 'IC',
    from: '1949-08-24',
    to: null,
    source:
      "Founding member: North Atlantic Treaty signed 4 Apr 1949, in force 24 Aug 1949 (nato.int 'Member countries' page, archived copy; treaty entry-into-force date)",
    verified: true,
  }, // IS
  {
    group: 'NATO',
    partnerCode: 'IT',
    from: '1949-08-24',
    to: null,
    source:
      "Founding member: North Atlantic Treaty signed 4 Apr 1949, in force 24 Aug 1949 (nato.int 'Member countries' page, archived copy; treaty entry-into-force date)",
    verified: true,
  }, // IT
  {
    group: 'NATO',
    partnerCode: 'LU',
    from: '1949-08-24',
    to: null,
    source:
      "Founding member: North Atlantic Treaty signed 4 Apr 1949, in force 24 Aug 1949 (nato.int 'Member countries' page, archived copy; treaty entry-into-force date)",
    verified: true,
  }, // LU
  {
    group: 'NATO',
    partnerCode: 'NL',
    from: '1949-08-24',
    to: null,
    source:
      "Founding member: North Atlantic Treaty signed 4 Apr 1949, in force 24 Aug 1949 (nato.int 'Member countries' page, archived copy; treaty entry-into-force date)",
    verified: true,
  }, // NL
  {
    group: 'NATO',
    partnerCode: 'NO',
    from: '1949-08-24',
    to: null,
    source:
      "Founding member: North Atlantic Treaty signed 4 Apr 1949, in force 24 Aug 1949 (nato.int 'Member countries' page, archived copy; treaty entry-into-force date)",
    verified: true,
  }, // NO
  {
    group: 'NATO',
    partnerCode: 'PO',
    from: '1949-08-24',
    to: null,
    source:
      "Founding member: North Atlantic Treaty signed 4 Apr 1949, in force 24 Aug 1949 (nato.int 'Member countries' page, archived copy; treaty entry-into-force date)",
    verified: true,
  }, // PT
  {
    group: 'NATO',
    partnerCode: 'UK',
    from: '1949-08-24',
    to: null,
    source:
      "Founding member: North Atlantic Treaty signed 4 Apr 1949, in force 24 Aug 1949 (nato.int 'Member countries' page, archived copy; treaty entry-into-force date)",
    verified: true,
  }, // GB
  {
    group: 'NATO',
    partnerCode: 'US',
    from: '1949-08-24',
    to: null,
    source:
      "Founding member: North Atlantic Treaty signed 4 Apr 1949, in force 24 Aug 1949 (nato.int 'Member countries' page, archived copy; treaty entry-into-force date)",
    verified: true,
  }, // US
  {
    group: 'NATO',
    partnerCode: 'GR',
    from: '1952-02-18',
    to: null,
    source: 'nato.int news_84445 (18 Feb 2012): Greece and Turkey became members on deposit of instruments of accession, 18 Feb 1952',
    verified: true,
  }, // GR
  {
    group: 'NATO',
    partnerCode: 'TU',
    from: '1952-02-18',
    to: null,
    source: 'nato.int news_84445 (18 Feb 2012): Greece and Turkey became members on deposit of instruments of accession, 18 Feb 1952',
    verified: true,
  }, // TR
  {
    group: 'NATO',
    partnerCode: 'GM',
    from: '1955-05-06',
    to: null,
    source: 'NATO 60th-anniversary statement (June 2015, as reproduced): German instrument of accession deposited 6 May 1955',
    verified: true,
  }, // DE
  {
    group: 'NATO',
    partnerCode: 'SP',
    from: '1982-05-30',
    to: null,
    source: "nato.int declassified 'Spain and NATO' (joined May 1982); day 30 May 1982 per accession-day accounts",
    verified: true,
  }, // ES
  {
    group: 'NATO',
    partnerCode: 'EZ',
    from: '1999-03-12',
    to: null,
    source: 'White House fact sheet 23 Apr 1999 and defense.gov 16 Mar 1999: instruments of accession deposited 12 Mar 1999',
    verified: true,
  }, // CZ
  {
    group: 'NATO',
    partnerCode: 'HU',
    from: '1999-03-12',
    to: null,
    source: 'White House fact sheet 23 Apr 1999 and defense.gov 16 Mar 1999: instruments of accession deposited 12 Mar 1999',
    verified: true,
  }, // HU
  {
    group: 'NATO',
    partnerCode: 'PL',
    from: '1999-03-12',
    to: null,
    source: 'White House fact sheet 23 Apr 1999 and defense.gov 16 Mar 1999: instruments of accession deposited 12 Mar 1999',
    verified: true,
  }, // PL
  {
    group: 'NATO',
    partnerCode: 'BU',
    from: '2004-03-29',
    to: null,
    source: 'nato.int press release 2 Mar 2004 (invitation to accede) and nato.gov.si: instruments deposited 29 Mar 2004',
    verified: true,
  }, // BG
  {
    group: 'NATO',
    partnerCode: 'EN',
    from: '2004-03-29',
    to: null,
    source: 'nato.int press release 2 Mar 2004 (invitation to accede) and nato.gov.si: instruments deposited 29 Mar 2004',
    verified: true,
  }, // EE
  {
    group: 'NATO',
    partnerCode: 'LG',
    from: '2004-03-29',
    to: null,
    source: 'nato.int press release 2 Mar 2004 (invitation to accede) and nato.gov.si: instruments deposited 29 Mar 2004',
    verified: true,
  }, // LV
  {
    group: 'NATO',
    partnerCode: 'LH',
    from: '2004-03-29',
    to: null,
    source: 'nato.int press release 2 Mar 2004 (invitation to accede) and nato.gov.si: instruments deposited 29 Mar 2004',
    verified: true,
  }, // LT
  {
    group: 'NATO',
    partnerCode: 'RO',
    from: '2004-03-29',
    to: null,
    source: 'nato.int press release 2 Mar 2004 (invitation to accede) and nato.gov.si: instruments deposited 29 Mar 2004',
    verified: true,
  }, // RO
  {
    group: 'NATO',
    partnerCode: 'LO',
    from: '2004-03-29',
    to: null,
    source: 'nato.int press release 2 Mar 2004 (invitation to accede) and nato.gov.si: instruments deposited 29 Mar 2004',
    verified: true,
  }, // SK
  {
    group: 'NATO',
    partnerCode: 'SI',
    from: '2004-03-29',
    to: null,
    source: 'nato.int press release 2 Mar 2004 (invitation to accede) and nato.gov.si: instruments deposited 29 Mar 2004',
    verified: true,
  }, // SI
  {
    group: 'NATO',
    partnerCode: 'AL',
    from: '2009-04-01',
    to: null,
    source:
      "NATO statement on Montenegro's accession (5 Jun 2017): 'first enlargement since 1 April 2009, when Albania and Croatia joined'",
    verified: true,
  }, // AL
  {
    group: 'NATO',
    partnerCode: 'HR',
    from: '2009-04-01',
    to: null,
    source:
      "NATO statement on Montenegro's accession (5 Jun 2017): 'first enlargement since 1 April 2009, when Albania and Croatia joined'",
    verified: true,
  }, // HR
  {
    group: 'NATO',
    partnerCode: 'MJ',
    from: '2017-06-05',
    to: null,
    source: 'NATO statement 5 Jun 2017: Montenegro deposited its instrument of accession with the US State Department',
    verified: true,
  }, // ME
  {
    group: 'NATO',
    partnerCode: 'MK',
    from: '2020-03-27',
    to: null,
    source: "US State Dept (Pompeo statement) and NATO: North Macedonia's instrument of accession received 27 Mar 2020",
    verified: true,
  }, // MK
  {
    group: 'NATO',
    partnerCode: 'FI',
    from: '2023-04-04',
    to: null,
    source: 'NATO: Finland became the 31st Ally on deposit of its instrument of accession, 4 Apr 2023',
    verified: true,
  }, // FI
  {
    group: 'NATO',
    partnerCode: 'SW',
    from: '2024-03-07',
    to: null,
    source: 'NATO statement 7 Mar 2024: Sweden deposited its instrument of accession with the US government',
    verified: true,
  }, // SE
  {
    group: 'NATO',
    partnerCode: 'W7',
    from: '2012-07-01',
    to: null,
    source:
      'DSCA 12-35 (SAMM site update, June 2012): NSPA created effective 1 Jul 2012 (NAMSO/CEPMO/NAMO subsumed); renamed NATO Support and Procurement Agency 2016 (DSCA 18-06)',
    verified: true,
  }, // NSPA
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'BE',
    from: '1981-12-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675",
    verified: false,
  }, // BE
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'CA',
    from: '1981-12-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675",
    verified: false,
  }, // CA
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'DA',
    from: '1981-12-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675",
    verified: false,
  }, // DK
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'FR',
    from: '1981-12-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675",
    verified: false,
  }, // FR
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'IC',
    from: '1981-12-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675",
    verified: false,
  }, // IS
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'IT',
    from: '1981-12-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675",
    verified: false,
  }, // IT
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'LU',
    from: '1981-12-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675",
    verified: false,
  }, // LU
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'NL',
    from: '1981-12-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675",
    verified: false,
  }, // NL
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'NO',
    from: '1981-12-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675",
    verified: false,
  }, // NO
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'PO',
    from: '1981-12-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675",
    verified: false,
  }, // PT
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'UK',
    from: '1981-12-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675",
    verified: false,
  }, // GB
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'GR',
    from: '1981-12-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675",
    verified: false,
  }, // GR
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'TU',
    from: '1981-12-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675",
    verified: false,
  }, // TR
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'GM',
    from: '1981-12-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675",
    verified: false,
  }, // DE
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'SP',
    from: '1982-05-30',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675; NATO accession 1982-05-30",
    verified: false,
  }, // ES
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'EZ',
    from: '1999-03-12',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675; NATO accession 1999-03-12",
    verified: false,
  }, // CZ
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'HU',
    from: '1999-03-12',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675; NATO accession 1999-03-12",
    verified: false,
  }, // HU
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'PL',
    from: '1999-03-12',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675; NATO accession 1999-03-12",
    verified: false,
  }, // PL
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'BU',
    from: '2004-03-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675; NATO accession 2004-03-29",
    verified: false,
  }, // BG
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'EN',
    from: '2004-03-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675; NATO accession 2004-03-29",
    verified: false,
  }, // EE
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'LG',
    from: '2004-03-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675; NATO accession 2004-03-29",
    verified: false,
  }, // LV
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'LH',
    from: '2004-03-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675; NATO accession 2004-03-29",
    verified: false,
  }, // LT
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'RO',
    from: '2004-03-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675; NATO accession 2004-03-29",
    verified: false,
  }, // RO
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'LO',
    from: '2004-03-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675; NATO accession 2004-03-29",
    verified: false,
  }, // SK
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'SI',
    from: '2004-03-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) covers 'NATO or any member country'; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675; NATO accession 2004-03-29",
    verified: false,
  }, // SI
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'AL',
    from: '2009-04-01',
    to: null,
    source:
      'NATO member from 2009-04-01 (nato.int); AECA 36(b)(1) already covered NATO members when ROK was added by P.L. 110-429 (15 Oct 2008); CRS RL31675 (Mar 2025)',
    verified: true,
  }, // AL
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'HR',
    from: '2009-04-01',
    to: null,
    source:
      'NATO member from 2009-04-01 (nato.int); AECA 36(b)(1) already covered NATO members when ROK was added by P.L. 110-429 (15 Oct 2008); CRS RL31675 (Mar 2025)',
    verified: true,
  }, // HR
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'MJ',
    from: '2017-06-05',
    to: null,
    source:
      'NATO member from 2017-06-05 (nato.int); AECA 36(b)(1) already covered NATO members when ROK was added by P.L. 110-429 (15 Oct 2008); CRS RL31675 (Mar 2025)',
    verified: true,
  }, // ME
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'MK',
    from: '2020-03-27',
    to: null,
    source:
      'NATO member from 2020-03-27 (nato.int); AECA 36(b)(1) already covered NATO members when ROK was added by P.L. 110-429 (15 Oct 2008); CRS RL31675 (Mar 2025)',
    verified: true,
  }, // MK
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'FI',
    from: '2023-04-04',
    to: null,
    source:
      'NATO member from 2023-04-04 (nato.int); AECA 36(b)(1) already covered NATO members when ROK was added by P.L. 110-429 (15 Oct 2008); CRS RL31675 (Mar 2025)',
    verified: true,
  }, // FI
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'SW',
    from: '2024-03-07',
    to: null,
    source:
      'NATO member from 2024-03-07 (nato.int); AECA 36(b)(1) already covered NATO members when ROK was added by P.L. 110-429 (15 Oct 2008); CRS RL31675 (Mar 2025)',
    verified: true,
  }, // SE
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'JA',
    from: '1981-12-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) names Japan, Australia, New Zealand; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675",
    verified: false,
  }, // JP
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'AT',
    from: '1981-12-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) names Japan, Australia, New Zealand; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675",
    verified: false,
  }, // AU
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'NZ',
    from: '1981-12-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) names Japan, Australia, New Zealand; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981, 95 Stat. 1520) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand' (its 36(b)(1) text not read); current coverage: CRS RL31675",
    verified: false,
  }, // NZ
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'KS',
    from: '2008-10-15',
    to: null,
    source:
      'P.L. 110-429 (H.R. 7177), enacted 15 Oct 2008 (122 Stat. 4842, govinfo); ROK provision cited as sec. 3 (US-ROK Defense Cooperation Improvement Act of 2008 text, H.R. 5443); DSCA 08-40',
    verified: true,
  }, // KR
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'IS',
    from: '2010-10-08',
    to: null,
    source: 'P.L. 111-266 sec. 301 (Security Cooperation Act of 2010), enacted 8 Oct 2010 (124 Stat. 2797, govinfo)',
    verified: true,
  }, // IL
  {
    group: 'AECA_62C_15_DAY',
    partnerCode: 'AT',
    from: '1996-07-21',
    to: null,
    source:
      'AECA 62(c)(1) (22 U.S.C. 2796a(c)), P.L. 104-164 sec. 141, enacted 21 Jul 1996 (110 Stat. 1421): 15 days for NATO, its members, Australia, Japan, New Zealand (shared/domain.md sec. 6, confirmed); NATO members qualify through the NATO group',
    verified: true,
  },
  {
    group: 'AECA_62C_15_DAY',
    partnerCode: 'JA',
    from: '1996-07-21',
    to: null,
    source:
      'AECA 62(c)(1) (22 U.S.C. 2796a(c)), P.L. 104-164 sec. 141, enacted 21 Jul 1996 (110 Stat. 1421): 15 days for NATO, its members, Australia, Japan, New Zealand (shared/domain.md sec. 6, confirmed); NATO members qualify through the NATO group',
    verified: true,
  },
  {
    group: 'AECA_62C_15_DAY',
    partnerCode: 'NZ',
    from: '1996-07-21',
    to: null,
    source:
      'AECA 62(c)(1) (22 U.S.C. 2796a(c)), P.L. 104-164 sec. 141, enacted 21 Jul 1996 (110 Stat. 1421): 15 days for NATO, its members, Australia, Japan, New Zealand (shared/domain.md sec. 6, confirmed); NATO members qualify through the NATO group',
    verified: true,
  },
  {
    group: 'AECA_63A_HIGHER',
    partnerCode: 'AT',
    from: '2002-09-30',
    to: null,
    source:
      "AECA 63(a)(2) (22 U.S.C. 2796b(a)(2)) as added by P.L. 107-228 sec. 1405, enacted 30 Sep 2002 (116 Stat. 1458, text read): 'a member country of NATO or Australia, Japan, or New Zealand'; NATO members qualify through the NATO group",
    verified: true,
  },
  {
    group: 'AECA_63A_HIGHER',
    partnerCode: 'JA',
    from: '2002-09-30',
    to: null,
    source:
      "AECA 63(a)(2) (22 U.S.C. 2796b(a)(2)) as added by P.L. 107-228 sec. 1405, enacted 30 Sep 2002 (116 Stat. 1458, text read): 'a member country of NATO or Australia, Japan, or New Zealand'; NATO members qualify through the NATO group",
    verified: true,
  },
  {
    group: 'AECA_63A_HIGHER',
    partnerCode: 'NZ',
    from: '2002-09-30',
    to: null,
    source:
      "AECA 63(a)(2) (22 U.S.C. 2796b(a)(2)) as added by P.L. 107-228 sec. 1405, enacted 30 Sep 2002 (116 Stat. 1458, text read): 'a member country of NATO or Australia, Japan, or New Zealand'; NATO members qualify through the NATO group",
    verified: true,
  },
  {
    group: 'AECA_63A_HIGHER',
    partnerCode: 'KS',
    from: '2002-09-30',
    to: null,
    source:
      "AECA 63(a)(2) (22 U.S.C. 2796b(a)(2)) names South Korea today (shared/domain.md sec. 6, confirmed); the start 30 Sep 2002 is domain.md's (P.L. 107-228 sec. 1405), but that section as enacted (116 Stat. 1458) names only NATO members, Australia, Japan and New Zealand: the date South Korea was added is to verify",
    verified: false,
  },
  {
    group: 'AECA_63A_HIGHER',
    partnerCode: 'IS',
    from: '2002-09-30',
    to: null,
    source:
      "AECA 63(a)(2) (22 U.S.C. 2796b(a)(2)) names Israel today (shared/domain.md sec. 6, confirmed); the start 30 Sep 2002 is domain.md's (P.L. 107-228 sec. 1405), but that section as enacted (116 Stat. 1458) names only NATO members, Australia, Japan and New Zealand: the date Israel was added is to verify",
    verified: false,
  },
  {
    group: 'AECA_36B_ALLIES',
    partnerCode: 'NTO',
    from: '1981-12-29',
    to: null,
    source:
      "AECA 36(b)(1) (22 U.S.C. 2776(b)) names the North Atlantic Treaty Organization itself; earliest start found: P.L. 97-113 sec. 102 (29 Dec 1981) 'Proposed transfers or sales to NATO, Japan, Australia, or New Zealand'; current coverage: CRS RL31675",
    verified: false,
  },
  {
    group: 'NATO',
    partnerCode: 'NTO',
    from: '1949-08-24',
    to: null,
    source:
      'North Atlantic Treaty in force 24 Aug 1949 (nato.int); the organisation itself, as NSPA (W7) is, so that the rules naming NATO (AECA 62(c), 63(a)) reach it',
    verified: true,
  },
];
