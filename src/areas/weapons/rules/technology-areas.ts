/**
 * The technology areas and review processes a weapons system can involve, each reviewed by its own TSFD process
 * (shared/domain.md §10, from dtsa.mil's list of the ATTR SSG's review processes).
 */
export const TECHNOLOGY_AREAS = [
  'low_observable',
  'national_disclosure_policy',
  'military_intelligence_disclosure',
  'night_vision',
  'anti_tamper',
  'comsec',
  'special_access_programs',
  'mtcr',
  'intelligence',
  'data_links_waveforms',
  'pnt_gps',
  'geospatial_intelligence',
  'electronic_warfare',
] as const;
export type TechnologyArea = (typeof TECHNOLOGY_AREAS)[number];

export const TECHNOLOGY_AREA_LABELS: Record<TechnologyArea, string> = {
  low_observable: 'Low observable / counter-low observable',
  national_disclosure_policy: 'National disclosure policy',
  military_intelligence_disclosure: 'Military intelligence disclosure',
  night_vision: 'Night vision',
  anti_tamper: 'Anti-tamper',
  comsec: 'COMSEC',
  special_access_programs: 'Special access programs',
  mtcr: 'Missile Technology Control Regime',
  intelligence: 'Intelligence',
  data_links_waveforms: 'Data links and waveforms',
  pnt_gps: 'Positioning, navigation and timing (GPS)',
  geospatial_intelligence: 'Geospatial intelligence',
  electronic_warfare: 'Electronic warfare',
};
