import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { Database } from '../db/client.ts';
import { startServer } from '../main.ts';
import { MARKING_SUBJECTS, MARKINGS, markingKeeper } from '../platform/access/markings.ts';
import { loadConfig } from '../platform/config.ts';
import { type AreaModule, type Capability, WiringError, wireAreas } from './area-module.ts';
import { AREA_MODULES } from './index.ts';

// Start-up fails closed (issue 10, "Done means"): the real modules, with one gate, check or capability taken out by
// spreading the module without it, must not wire, so no app is built and no server serves without the check.

const logger = pino({ level: 'silent' });
/** createApp only stores its deps until a request needs them; the routes tried here never touch the database. */
const deps = { database: {} as Database, config: loadConfig({}), logger };

const moduleOf = (id: string): AreaModule => {
  const found = AREA_MODULES.find((m) => m.id === id);
  if (!found) throw new Error(`no area module ${id} in AREA_MODULES`);
  return found;
};

/** The module list with `id` replaced by `change(module)` (a spread copy, the original untouched). */
const replacing = (id: string, change: (m: AreaModule) => AreaModule) => AREA_MODULES.map((m) => (m.id === id ? change(m) : m));

function without<K extends keyof AreaModule>(id: string, field: K): AreaModule[] {
  return replacing(id, (m) => {
    const { [field]: _removed, ...rest } = m;
    return rest as AreaModule;
  });
}

/** Capabilities a module provides by having one field (not a list of named parts): the field. */
const SINGLE_FIELDS: Record<string, string> = { 'partner-directory': 'partnerDirectory', 'loa-checks': 'loaChecker' };

/** The list with the one thing that provides `capability` taken out of whichever module provides it. */
function withoutCapability(capability: Capability): AreaModule[] {
  const [type, name] = capability.includes(':') ? (capability.split(/:(.*)/s, 2) as [string, string]) : [capability, ''];
  const field = SINGLE_FIELDS[type];
  return AREA_MODULES.map((m) => {
    if (field) {
      const { [field]: _removed, ...rest } = m as unknown as Record<string, unknown>;
      return rest as unknown as AreaModule;
    }
    switch (type) {
      case 'offer-gate':
        return m.offerGates ? { ...m, offerGates: m.offerGates.filter((g) => g.name !== name) } : m;
      case 'case-marker':
        return m.caseMarkers ? { ...m, caseMarkers: m.caseMarkers.filter((k) => k.marking !== name) } : m;
      case 'marked-records':
        return m.markedRecords ? { ...m, markedRecords: m.markedRecords.filter((k) => k !== name) } : m;
      case 'obligation-gate':
        return m.obligationGates ? { ...m, obligationGates: m.obligationGates.filter((g) => g.name !== name) } : m;
      case 'transition-gate':
        return m.transitionGates ? { ...m, transitionGates: m.transitionGates.filter((g) => g.name !== name) } : m;
      case 'portfolio-section':
        return m.portfolioSections ? { ...m, portfolioSections: m.portfolioSections.filter((s) => s.id !== name) } : m;
      case 'deadline':
        return m.deadlineSources ? { ...m, deadlineSources: m.deadlineSources.filter((s) => s.kind !== name) } : m;
      case 'audit-subject':
        return m.auditSubjects ? { ...m, auditSubjects: m.auditSubjects.filter((s) => !s.entityTypes.includes(name)) } : m;
      default:
        throw new Error(`the test does not know how to remove capability ${capability}: name its module field in SINGLE_FIELDS`);
    }
  });
}

function wiringError(modules: readonly AreaModule[]): WiringError {
  try {
    wireAreas(modules);
  } catch (error) {
    if (error instanceof WiringError) return error;
    throw error;
  }
  throw new Error('wireAreas accepted the module list: a missing or doubled capability went unnoticed');
}

describe('area wiring fails closed at start-up', () => {
  it('wires the full module list, and the app built from it serves', async () => {
    const wiring = wireAreas(AREA_MODULES);
    expect(wiring.caseHooks.offerGates.map((g) => g.name)).toContain('congressional-notification');
    const caseMarkings = MARKINGS.filter((m) => MARKING_SUBJECTS[m] === 'case');
    expect(wiring.caseHooks.markers.map((m) => m.marking)).toEqual(expect.arrayContaining(caseMarkings));
    expect(wiring.caseHooks.transitionGates.map((g) => g.name)).toContain('tsfd-approval');
    expect(wiring.caseHooks.offerGates.map((g) => g.name)).toEqual(expect.arrayContaining(['tsfd-approval', 'npor-determination']));
    const app = createApp(deps);
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it("refuses to start without the notifications area's offer gate (an LOA needing notice could be offered)", () => {
    const error = wiringError(without('notifications', 'offerGates'));
    expect(error.message).toContain('offer-gate:congressional-notification');
    expect(error.message).toMatch(/area cases requires offer-gate:congressional-notification/);
  });

  it('refuses to start without the pre-notification case marker (a withheld case would be shown to everyone)', () => {
    const error = wiringError(without('notifications', 'caseMarkers'));
    expect(error.message).toContain('case-marker:pre-notification');
    // The platform itself requires a keeper for every marking it knows, whoever else does.
    expect(error.message).toMatch(/the platform requires case-marker:pre-notification/);
  });

  it('refuses to start without an area keeping the TSFD records (the marking would guard nothing)', () => {
    const error = wiringError(without('weapons', 'markedRecords'));
    expect(error.message).toMatch(/the platform requires marked-records:tsfd/);
  });

  it('refuses to start without the TSFD case-transition gate (a case needing TSFD could go to review)', () => {
    const error = wiringError(withoutCapability('transition-gate:tsfd-approval'));
    expect(error.message).toMatch(/area weapons requires transition-gate:tsfd-approval/);
  });

  it('refuses to start without the partner directory of the countries area', () => {
    const error = wiringError(without('countries', 'partnerDirectory'));
    expect(error.message).toContain('partner-directory');
  });

  it('refuses a capability provided twice, naming both providers', () => {
    const notifications = moduleOf('notifications');
    const doubled = replacing('funds', (m) => ({ ...m, offerGates: notifications.offerGates }));
    const error = wiringError(doubled);
    expect(error.message).toContain('offer-gate:congressional-notification');
    expect(error.message).toMatch(/provided by both notifications and funds/);
  });

  it('refuses an area listed twice', () => {
    const error = wiringError([...AREA_MODULES, { ...moduleOf('eum') }]);
    expect(error.message).toMatch(/eum is listed twice/);
  });

  // Every capability some area (or the platform) relies on: taking its provider away stops start-up, naming it.
  const required = [...MARKINGS.map(markingKeeper), 'partner-directory', ...AREA_MODULES.flatMap((m) => m.requires ?? [])].filter(
    (c, i, all) => all.indexOf(c) === i,
  );
  it.each(required)('refuses to start without %s, which is required', (capability) => {
    expect(wiringError(withoutCapability(capability)).message).toContain(capability);
  });

  it('never builds an app from a module list that does not wire', () => {
    let app: ReturnType<typeof createApp> | undefined;
    expect(() => {
      app = createApp(deps, wireAreas(without('notifications', 'offerGates')));
    }).toThrow(WiringError);
    expect(app).toBeUndefined();
  });

  const dataDirs: string[] = [];
  afterAll(() => {
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('never serves: startServer stops before it opens the database or a port', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'iops-wiring-'));
    dataDirs.push(parent);
    const dataDir = path.join(parent, 'data');
    const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' });
    await expect(startServer(config, logger, { modules: without('notifications', 'caseMarkers') })).rejects.toThrow(WiringError);
    await expect(startServer(config, logger, { modules: without('countries', 'partnerDirectory') })).rejects.toThrow(/partner-directory/);
    expect(existsSync(dataDir)).toBe(false);
  });
});
