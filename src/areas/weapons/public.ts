// What other areas may use of weapons.
export { TECHNOLOGY_AREA_LABELS, TECHNOLOGY_AREAS, type TechnologyArea } from './rules/technology-areas.ts';
/** For foreign keys and joins only (never written elsewhere). */
export { weaponSystems } from './schema.ts';
