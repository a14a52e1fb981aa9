import { wireAreas } from './area-module.ts';
import { AREA_MODULES } from './index.ts';

/** The areas wired as the app wires them, for tests and tools that call services directly. */
export const testWiring = wireAreas(AREA_MODULES);
