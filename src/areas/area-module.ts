import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../db/client.ts';
import type { AreaId } from '../platform/access/areas.ts';
import { MARKINGS, type Marking, markingKeeper } from '../platform/access/markings.ts';
import type { Principal } from '../platform/access/policy.ts';
import type { DeadlineSourceDef } from '../platform/deadlines/source.ts';
import type { AppEnv } from '../platform/http/context.ts';
import type { SearchSource } from '../platform/search/source.ts';
import type { PortfolioSection } from '../platform/sections/portfolio-section.ts';
import type { AuditSubject, PartnerDirectory, PlatformWiring } from '../platform/wiring.ts';
import type { WorkQueue } from '../platform/work/source.ts';
import type { ApprovalGate, CaseHooks, CaseMarker, LoaChecker, OfferGate, TransitionGate } from './cases/public.ts';
import type { ObligationGate } from './funds/public.ts';

type Router = OpenAPIHono<AppEnv>;

/**
 * A capability one area needs from another, named so that a missing one stops start-up with a message:
 * `offer-gate:<name>`, `approval-gate:<name>`, `transition-gate:<name>`, `obligation-gate:<name>`, `case-marker:<marking>`, `marked-records:<marking>`,
 * `portfolio-section:<id>`, `deadline:<kind>`, `search:<kind>`, `work:<key>`, `audit-subject:<entity type>`,
 * `partner-directory`, `loa-checks`.
 */
export type Capability = string;

/** An area of the mission as one object: what it serves and what it offers other areas (shared/design.md). */
export interface AreaModule {
  id: AreaId;
  /** Its HTTP routes, built with what was wired from the other areas. */
  routes?: (wiring: Wiring) => Router;
  deadlineSources?: readonly DeadlineSourceDef[];
  /** The kinds of record the global search finds in this area. */
  searchSources?: readonly SearchSource[];
  /** What waits on a user of this area, for the home page. */
  workQueues?: readonly WorkQueue[];
  portfolioSections?: readonly PortfolioSection[];
  offerGates?: readonly OfferGate[];
  /** Checks that stop CWD approval of an LOA unless the reviewer overrides them with a reason. */
  approvalGates?: readonly ApprovalGate[];
  caseMarkers?: readonly CaseMarker[];
  /** Checks that stop a case's move along its lifecycle (cases/hooks.ts TransitionGate); no override. */
  transitionGates?: readonly TransitionGate[];
  /** Checks that stop an obligation in the funds ledger (funds/obligation-gates.ts), inside its transaction; no override. */
  obligationGates?: readonly ObligationGate[];
  /**
   * Record markings (markings.ts MARKING_SUBJECTS `record`) this area's own records carry, filtered in every read of
   * them and in the audit log (its audit subjects).
   */
  markedRecords?: readonly Marking[];
  /** The LOA quality checks the cases area runs on a version (the case page, approval, issue of a revision). */
  loaChecker?: LoaChecker;
  auditSubjects?: readonly AuditSubject[];
  partnerDirectory?: PartnerDirectory;
  /** Loads this area's part of the demo and bench data set. */
  demo?: DemoLoader;
  requires?: readonly Capability[];
}

/** What an area's demo loader is given: the data set's size and seed, and the partners it spreads over. */
export interface DemoContext {
  db: Db;
  wiring: Wiring;
  /** Demo data is written through the services as this principal, audited like anyone's writes. */
  actor: Principal;
  size: 'demo' | 'bench';
  seed: number;
  today: string;
  /** Every country partner's code, in order. */
  partnerCodes: readonly string[];
  /** Leave end-use monitoring out (the benchmark loads and times it on its own). */
  skipEum: boolean;
}

/** A demo LOA the cases loader is about to offer. */
export interface DemoOffer {
  caseId: string;
  identifier: string;
  partnerCode: string;
  title: string;
  offerDate: string;
}

/** Loads an area's part of the deterministic data set; loaders run in `order`, later ones reading what earlier ones made. */
export interface DemoLoader {
  order: number;
  /** What it loaded, by name (e.g. `{ cases: 40 }`), gathered into what seeding reports. */
  load(context: DemoContext): Promise<Record<string, number | null>>;
  /**
   * Called by the cases loader (through `wiring.modules`) before it offers a demo LOA, so that an area whose offer gate
   * would stop the offer first does what a careful user does (notifications: the notice made and cleared). The gates
   * still decide: a gate left blocking stops the load with its 409.
   */
  prepareOffer?(context: DemoContext, offer: DemoOffer): Promise<void>;
  /** Likewise before a demo LOA is accepted (partner portal: the signature and initial deposit on file); `offerDate`: the acceptance date. */
  prepareAccept?(context: DemoContext, offer: DemoOffer): Promise<void>;
}

/** Everything the modules offer one another, gathered once; the app, the CLI and the bench are built from it. */
export interface Wiring extends PlatformWiring {
  modules: readonly AreaModule[];
  portfolioSections: readonly PortfolioSection[];
  caseHooks: CaseHooks;
  obligationGates: readonly ObligationGate[];
}

export class WiringError extends Error {}

function provided(module: AreaModule): Capability[] {
  return [
    ...(module.offerGates ?? []).map((g) => `offer-gate:${g.name}`),
    ...(module.approvalGates ?? []).map((g) => `approval-gate:${g.name}`),
    ...(module.caseMarkers ?? []).map((m) => `case-marker:${m.marking}`),
    ...(module.transitionGates ?? []).map((g) => `transition-gate:${g.name}`),
    ...(module.obligationGates ?? []).map((g) => `obligation-gate:${g.name}`),
    ...(module.markedRecords ?? []).map((m) => `marked-records:${m}`),
    ...(module.portfolioSections ?? []).map((s) => `portfolio-section:${s.id}`),
    ...(module.deadlineSources ?? []).map((s) => `deadline:${s.kind}`),
    ...(module.searchSources ?? []).map((s) => `search:${s.kind}`),
    ...(module.workQueues ?? []).map((q) => `work:${q.key}`),
    ...(module.auditSubjects ?? []).flatMap((s) => s.entityTypes.map((t) => `audit-subject:${t}`)),
    ...(module.partnerDirectory ? ['partner-directory'] : []),
    ...(module.loaChecker ? ['loa-checks'] : []),
  ];
}

/** What the platform itself relies on: every marking must have an area keeping it, and partners must be known. */
export const PLATFORM_REQUIRES: readonly Capability[] = [...MARKINGS.map(markingKeeper), 'partner-directory'];

/** With no area providing the checks (a list without cases, which requires them), running them fails rather than passes. */
const NO_LOA_CHECKS: LoaChecker = {
  run: () => {
    throw new WiringError('No area provides loa-checks');
  },
};

/**
 * Checks the modules against one another and gathers what they offer. A capability required and not provided, or
 * provided twice, is an error here, at start-up: nothing runs with a check silently missing (fail closed).
 */
export function wireAreas(modules: readonly AreaModule[]): Wiring {
  const owners = new Map<Capability, AreaId>();
  const ids = new Set<AreaId>();
  for (const module of modules) {
    if (ids.has(module.id)) throw new WiringError(`Area ${module.id} is listed twice`);
    ids.add(module.id);
    for (const capability of provided(module)) {
      const owner = owners.get(capability);
      if (owner) throw new WiringError(`${capability} is provided by both ${owner} and ${module.id}`);
      owners.set(capability, module.id);
    }
  }
  const needs = [
    ...PLATFORM_REQUIRES.map((c) => ({ by: 'the platform', c })),
    ...modules.flatMap((m) => (m.requires ?? []).map((c) => ({ by: `area ${m.id}`, c }))),
  ];
  const missing = needs.filter(({ c }) => !owners.has(c));
  if (missing.length) {
    throw new WiringError(`Cannot start: ${missing.map(({ by, c }) => `${by} requires ${c}, which no area provides`).join('; ')}`);
  }
  const all = <T>(pick: (m: AreaModule) => readonly T[] | undefined) => modules.flatMap((m) => pick(m) ?? []);
  const partners = modules.find((m) => m.partnerDirectory)!.partnerDirectory!;
  const markers = all((m) => m.caseMarkers);
  const loaChecks = modules.find((m) => m.loaChecker)?.loaChecker ?? NO_LOA_CHECKS;
  return {
    refreshMarkings: async (tx, asOf) => {
      let changed = 0;
      for (const marker of markers) changed += await marker.refresh(tx, 'all', asOf);
      return changed;
    },
    modules,
    deadlineSources: all((m) => m.deadlineSources),
    searchSources: all((m) => m.searchSources),
    workQueues: all((m) => m.workQueues),
    portfolioSections: [...all((m) => m.portfolioSections)].sort((a, b) => a.order - b.order),
    auditSubjects: all((m) => m.auditSubjects),
    partners,
    obligationGates: all((m) => m.obligationGates),
    caseHooks: {
      offerGates: all((m) => m.offerGates),
      approvalGates: all((m) => m.approvalGates),
      transitionGates: all((m) => m.transitionGates),
      markers,
      loaChecks,
    },
  };
}

/** Every area's routes, built from the wiring. */
export const areaRoutes = (wiring: Wiring): Router[] => wiring.modules.flatMap((m) => (m.routes ? [m.routes(wiring)] : []));
