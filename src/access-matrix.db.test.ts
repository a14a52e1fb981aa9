import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import pino from 'pino';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, openApiDocument } from './app.ts';
import { PARTNER_DEMO_ACCOUNTS } from './areas/partner-portal/public.ts';
import { testWiring } from './areas/testing.ts';
import type { Database } from './db/client.ts';
import { openTestDatabase, TEST_ENGINES } from './db/testing.ts';
import { seedDemo } from './demo/seed.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/users.ts';
import type { AreaId } from './platform/access/areas.ts';
import type { PartnerPermission } from './platform/access/partner.ts';
import type { Action } from './platform/access/permissions.ts';
import { type Decision, decide, type Principal } from './platform/access/policy.ts';
import { principalOf } from './platform/auth/principal.ts';
import { createApiToken } from './platform/auth/service.ts';
import { loadConfig } from './platform/config.ts';
import { type OpenApiDocument, openApiRoutes, type Route } from './platform/testing/openapi-routes.ts';
import { users } from './platform/users/schema.ts';

// The access matrix of issue 10, generated from the route table (the OpenAPI document): every route, as every demo
// account, on a record of a partner in the account's scope, one out of it, and a case withheld pending congressional
// notification. What each answer must be is derived from the policy itself (`decide()` with the account's principal,
// the record's partner and markings and the route's area, from the small table below), never from what the code does
// today. Every body read is searched for what it must not reveal: a withheld case's identifier or title (to an account
// without need-to-know), another partner's case identifiers (to an account scoped to some partners).

// ---------------------------------------------------------------------------------------------------------------------
// The routes

const DOCUMENT = openApiDocument() as unknown as OpenApiDocument;
const { routes: ROUTES, sample } = openApiRoutes(DOCUMENT);

// ---------------------------------------------------------------------------------------------------------------------
// What the policy is asked about each route: the area whose grant applies and the record the path (or body) names.

/** The kinds of record a route can name; each is found in the demo data below. */
type Kind =
  | 'case'
  | 'partner'
  | 'membership'
  | 'lor'
  | 'notification'
  | 'threshold'
  | 'target'
  | 'program'
  | 'appropriation'
  | 'obligation'
  | 'commitment'
  | 'eum-item'
  | 'eum-site'
  | 'eum-certification'
  | 'eum-inventory'
  | 'eum-discrepancy'
  | 'eum-incident'
  | 'eum-visit'
  | 'lease'
  | 'shipment'
  | 'delivery-discrepancy'
  | 'sdaf-procurement'
  | 'sdaf-receipt'
  | 'sdaf-transfer'
  | 'eda-declaration'
  | 'eda-request'
  | 'npor-type'
  | 'npor-request'
  | 'tsfd-request'
  | 'tsfd-policy'
  | 'weapon-system'
  | 'weapon-inquiry'
  | 'weapon-advocacy'
  | 'weapon-competition'
  | 'weapon-forecast'
  | 'cb-proposal'
  | 'cb-review'
  | 'cb-program'
  | 'sp-condition'
  | 'sp-recipient'
  | 'dcc-request'
  | 'drawdown'
  | 'user'
  | 'attachment'
  | 'eum-answer'
  | 'own';

/** Which record a path names, by its prefix. */
const PATH_KINDS: [RegExp, Kind][] = [
  // The partner portal names the same records as the internal routes (its own reading of them).
  [/^\/partner\/cases\/\{ref\}/, 'case'],
  [/^\/partner\/lors\/\{id\}/, 'lor'],
  [/^\/partner\/shipments\/\{id\}/, 'shipment'],
  [/^\/partner\/eum\/inventories\/\{id\}/, 'eum-inventory'],
  [/^\/partner\/eum\/incidents\/\{id\}/, 'eum-incident'],
  [/^\/partner\/eum\/answers\/\{id\}/, 'eum-answer'],
  [/^\/partner-files\/\{id\}/, 'attachment'],
  [/^\/partner\/users\/\{id\}/, 'user'],
  [/^\/partner\/attachments\/\{id\}/, 'attachment'],
  [/^\/cases\/\{ref\}/, 'case'],
  [/^\/countries\/\{code\}\/memberships\/\{id\}/, 'membership'],
  [/^\/(countries\/\{code\}|portfolios\/\{partner\})/, 'partner'],
  [/^\/lors\/\{id\}/, 'lor'],
  [/^\/notifications\/\{id\}/, 'notification'],
  [/^\/notification-thresholds\/\{id\}/, 'threshold'],
  [/^\/timeliness\/targets\/\{id\}/, 'target'],
  [/^\/fund-programs\/\{code\}/, 'program'],
  [/^\/appropriations\/\{id\}/, 'appropriation'],
  [/^\/fund-transactions\/\{id\}\/deobligations/, 'obligation'],
  [/^\/fund-transactions\/\{id\}\/releases/, 'commitment'],
  [/^\/eum\/items\/\{id\}/, 'eum-item'],
  [/^\/eum\/sites\/\{id\}/, 'eum-site'],
  [/^\/eum\/certifications\/\{id\}/, 'eum-certification'],
  [/^\/eum\/inventories\/\{id\}/, 'eum-inventory'],
  [/^\/eum\/discrepancies\/\{id\}/, 'eum-discrepancy'],
  [/^\/eum\/incidents\/\{id\}/, 'eum-incident'],
  [/^\/eum\/visits\/\{id\}/, 'eum-visit'],
  [/^\/leases\/\{id\}/, 'lease'],
  [/^\/deliveries\/shipments\/\{id\}/, 'shipment'],
  [/^\/deliveries\/discrepancies\/\{id\}/, 'delivery-discrepancy'],
  [/^\/sdaf\/procurements\/\{id\}/, 'sdaf-procurement'],
  [/^\/sdaf\/receipts\/\{id\}/, 'sdaf-receipt'],
  [/^\/sdaf\/transfers\/\{id\}/, 'sdaf-transfer'],
  [/^\/eda\/declarations\/\{id\}/, 'eda-declaration'],
  [/^\/eda\/requests\/\{id\}/, 'eda-request'],
  [/^\/weapons\/npor-types\/\{code\}/, 'npor-type'],
  [/^\/weapons\/npor-requests\/\{id\}/, 'npor-request'],
  [/^\/weapons\/tsfd-requests\/\{id\}/, 'tsfd-request'],
  [/^\/weapons\/tsfd-policies\/\{id\}/, 'tsfd-policy'],
  [/^\/weapons\/systems\/\{id\}/, 'weapon-system'],
  [/^\/weapons\/inquiries\/\{id\}/, 'weapon-inquiry'],
  [/^\/weapons\/advocacy\/\{id\}/, 'weapon-advocacy'],
  [/^\/weapons\/competitions\/\{id\}/, 'weapon-competition'],
  [/^\/weapons\/forecast\/\{id\}/, 'weapon-forecast'],
  [/^\/capacity-building\/proposals\/\{id\}/, 'cb-proposal'],
  [/^\/capacity-building\/reviews\/\{id\}/, 'cb-review'],
  [/^\/capacity-building\/programs\/\{key\}/, 'cb-program'],
  [/^\/special-programs\/conditions\/\{id\}/, 'sp-condition'],
  [/^\/special-programs\/recipients\/\{id\}/, 'sp-recipient'],
  [/^\/special-programs\/dcc\/\{id\}/, 'dcc-request'],
  [/^\/special-programs\/drawdowns\/\{id\}/, 'drawdown'],
  [/^\/users\/\{id\}/, 'user'],
  [/^\/(auth\/tokens|deadlines\/feeds|saved-views|jobs)\/\{id\}/, 'own'],
  [/^\/jobs\/\{kind\}\/upload$/, 'own'],
];

interface Rule {
  /** Matched against `METHOD /path` (the OpenAPI path); the first rule that matches applies. */
  route: RegExp;
  /** The area whose grant the policy checks; `self`: what every signed-in user does with their own things. */
  area: AreaId | 'self';
  /**
   * A second reading of the area, for a case's sub-resource that another area serves (comments, the LOA PDF, the
   * notification state): where the two readings differ, either answer is accepted; where they agree, it must be that.
   */
  alt?: AreaId;
  /** Default: `read` for GET, `write` otherwise. */
  action?: Action;
  /** In the partner portal: the partner permission the route reads or sends under (platform/access/partner.ts). */
  partnerPermission?: PartnerPermission;
  /** The record the policy decides on when the body names it (a new record's partner, the case an item is for). */
  subject?: Kind;
  /** The fields of a write's body that name the subject (the rest is generated from the route's schema). */
  body?: (rec: Rec, ctx: Ctx) => Record<string, unknown>;
  /** Path parameters that are not the subject's (the appropriation an obligation draws from). */
  params?: (rec: Rec, ctx: Ctx) => Record<string, string>;
  /** What an allowed GET answers when not 200 (a diff of two versions when the case has one; a required parameter). */
  ok?: (rec: Rec | null, p: Principal, search: URLSearchParams) => number[];
  /** A CSV upload rather than JSON. */
  csv?: string;
}

const today = () => new Date().toISOString().slice(0, 10);
const twoVersions = (rec: Rec | null) => ((rec?.versions ?? 0) >= 2 ? [200] : [404]);

const RULES: Rule[] = [
  // The partner portal: partner users only, each permission its own part; managing users is the host-nation
  // administrator's (`administer`). To every internal account, and to a partner user without the permission, closed.
  { route: /^GET \/partner\/lors/, area: 'partner-portal', partnerPermission: 'requests' },
  // A file is read under the permission of the record it belongs to (an LOR's, a shipment's): any partner user may ask.
  { route: /^GET \/partner\/attachments/, area: 'partner-portal' },
  // The partners' files as the agency reads them: any internal reader asks; the record the file belongs to decides.
  { route: /^GET \/partner-files\/\{id\}$/, area: 'cases' },
  { route: /^POST \/partner\/lors/, area: 'partner-portal', partnerPermission: 'requests' },
  { route: /^\w+ \/partner\/cases/, area: 'partner-portal', partnerPermission: 'cases' },
  { route: /^GET \/partner\/payments$/, area: 'partner-portal', partnerPermission: 'finance' },
  { route: /^\w+ \/partner\/shipments/, area: 'partner-portal', partnerPermission: 'deliveries' },
  {
    route: /^POST \/partner\/eum\/inventories\/\{id\}\/scans$/,
    area: 'partner-portal',
    partnerPermission: 'eum',
    csv: 'item_type,serial_number,condition,scanned_on,note\n',
  },
  { route: /^\w+ \/partner\/eum/, area: 'partner-portal', partnerPermission: 'eum' },
  { route: /^\w+ \/partner\/users/, area: 'partner-portal', action: 'administer' },
  // Every signed-in user, on their own things: the session, tokens, calendar feeds, saved views; deadlines are each
  // user's own list (from the areas they read, in their scope).
  { route: /^(GET|POST|DELETE) \/(health|auth\/)/, area: 'self' },
  { route: /^(GET|POST|DELETE) \/deadlines/, area: 'self' },
  // The search asks each area the user reads through its own list (each group filtered like that list).
  { route: /^GET \/search$/, area: 'self', ok: (_rec, _p, search) => (search.get('q') ? [200] : [400]) },
  // The home page's counts: each from the list it counts, of the areas the user works in.
  { route: /^GET \/my-work$/, area: 'self' },
  { route: /^DELETE \/saved-views\/\{id\}$/, area: 'self' },
  // Background jobs: each user's own (an administrator's too); what a job does is decided as its kind's request would be.
  { route: /^(GET|POST) \/jobs/, area: 'self' },
  { route: /^GET \/saved-views$/, area: 'cases' }, // asked with ?area=cases
  { route: /^POST \/saved-views$/, area: 'users', action: 'read', body: () => ({ area: 'users', name: 'probe', query: '' }) },
  { route: /^\w+ \/users/, area: 'users' },
  { route: /^GET \/audit$/, area: 'audit' },
  // The audit log's downloads: its readers only, with the same filters and masking as the list.
  { route: /^GET \/audit\/export\.(csv|xlsx)$/, area: 'audit' },
  {
    route: /^POST \/countries\/\{code\}\/memberships$/,
    area: 'countries',
    body: () => ({ groupCode: 'NATO', fromDate: today(), source: 'probe' }),
  },
  { route: /^\w+ \/(countries|country-groups)/, area: 'countries' },
  // A case's own sub-resources: 403 when withheld, whichever area serves them.
  { route: /^GET \/cases\/\{ref\}\/comments$/, area: 'cases', alt: 'case-writing' },
  { route: /^GET \/cases\/\{ref\}\/versions\/\{number\}\/document\.pdf$/, area: 'cases', alt: 'case-writing' },
  { route: /^GET \/cases\/\{ref\}\/diff\/document\.pdf$/, area: 'cases', alt: 'case-writing', ok: twoVersions },
  { route: /^GET \/cases\/\{ref\}\/diff$/, area: 'cases', ok: twoVersions },
  { route: /^GET \/cases\/\{ref\}\/notification$/, area: 'notifications', alt: 'cases' },
  // Reviewers and writers both comment; either write grant may do it.
  // Resolving a comment and opening it again (its undo) are the commenters' too: the same grants, on the case.
  { route: /^POST \/cases\/\{ref\}\/comments\/\{id\}\/(resolve|reopen)$/, area: 'case-writing', alt: 'cases' },
  { route: /^POST \/cases\/\{ref\}\/comments/, area: 'case-writing', alt: 'cases', body: () => ({ versionNumber: 0, body: 'probe' }) },
  { route: /^PUT \/cases\/\{ref\}\/offer-group$/, area: 'case-writing', alt: 'cases', body: () => ({ offerGroup: 'A' }) },
  { route: /^POST \/cases\/\{ref\}\/transitions$/, area: 'cases', body: () => ({ action: 'submit_for_review', version: 1 }) },
  // The release of a case pending notification to its partner is the notification analysts'; the deposit the case's.
  { route: /^PUT \/cases\/\{ref\}\/partner-release$/, area: 'notifications', body: () => ({ released: false, version: 0 }) },
  {
    route: /^POST \/cases\/\{ref\}\/initial-deposit$/,
    area: 'cases',
    body: () => ({ amountCents: 100, depositedOn: today(), reference: 'probe' }),
  },
  {
    route: /^POST \/cases$/,
    area: 'cases',
    subject: 'partner',
    body: (rec) => ({ partnerCode: rec.partner, agencyCode: 'D', type: 'defined_order', title: 'probe' }),
  },
  { route: /^POST \/lors$/, area: 'cases', subject: 'partner', body: (rec) => ({ partnerCode: rec.partner, channel: 'embassy' }) },
  // The case list's downloads: the list's filters, scope and masking.
  { route: /^GET \/cases\/export\.(csv|xlsx)$/, area: 'cases' },
  { route: /^\w+ \/(implementing-agencies|lors|cases)/, area: 'cases' },
  { route: /^POST \/timeliness\/targets/, area: 'case-writing', action: 'administer' },
  { route: /^\w+ \/(review-queue|timeliness)/, area: 'case-writing' },
  // Determinations compute from the rule table and the figures sent; nothing is written.
  { route: /^POST \/notifications\/determinations/, area: 'notifications', action: 'read', body: () => ({ partnerCode: 'KU' }) },
  { route: /^POST \/leases\/determinations$/, area: 'leases', action: 'read', body: () => ({ partnerCode: 'KU' }) },
  { route: /^POST \/eda\/determinations$/, area: 'eda', action: 'read', body: () => ({ partnerCode: 'KU' }) },
  { route: /^POST \/leases$/, area: 'leases', subject: 'partner', body: (rec) => ({ partnerCode: rec.partner }) },
  {
    route: /^POST \/leases\/\{id\}\/payments\/\{paymentId\}\/receipts$/,
    area: 'leases',
    params: () => ({ paymentId: '00000000-0000-4000-8000-00000000abcd' }),
  },
  { route: /^\w+ \/leases/, area: 'leases' },
  // Deliveries: the delay reasons are administrators'; a shipment names its case; its F/AD is read only by holders of
  // the fad-pairing need-to-know (404 while none is recorded), never by anyone else, whatever their grant.
  { route: /^POST \/deliveries\/delay-reasons$/, area: 'deliveries', action: 'administer' },
  { route: /^POST \/deliveries\/shipments$/, area: 'deliveries', subject: 'case', body: (rec) => ({ caseId: rec.id }) },
  {
    route: /^GET \/deliveries\/shipments\/\{id\}\/fad$/,
    area: 'deliveries',
    ok: (rec, p) => ((p.needToKnow as readonly string[]).includes('fad-pairing') ? (rec?.phantom ? [404] : [200, 404]) : [403]),
  },
  { route: /^\w+ \/deliveries\//, area: 'deliveries' },
  {
    route: /^POST \/notifications$/,
    area: 'notifications',
    subject: 'case',
    body: (rec) => ({ partnerCode: rec.partner, caseIds: [rec.id], description: 'probe' }),
  },
  { route: /^POST \/notification-thresholds/, area: 'notifications', action: 'administer' },
  { route: /^GET \/notifications\/export\.(csv|xlsx)$/, area: 'notifications' },
  { route: /^\w+ \/notification/, area: 'notifications' },
  { route: /^(POST|PATCH) \/fund-programs/, area: 'funds', action: 'administer' },
  {
    route: /^POST \/appropriations$/,
    area: 'funds',
    subject: 'partner',
    body: (rec) => ({ programCode: 'FMF', partnerCode: rec.partner, fiscalYear: 2025 }),
  },
  {
    route: /^POST \/appropriations\/\{id\}\/(obligations|commitments)$/,
    area: 'funds',
    subject: 'case',
    body: (rec) => ({ caseId: rec.id }),
    params: (rec, ctx) => ({ id: ctx.appropriationOf(rec.partner) }),
  },
  { route: /^GET \/fund-transactions\/export\.(csv|xlsx)$/, area: 'funds' },
  { route: /^\w+ \/(fund-programs|appropriations|fund-transactions)/, area: 'funds' },
  // Special programs: conditions are law, entered by administrators; a notice and a recipient belong to their partner.
  {
    route: /^(POST|PUT) \/special-programs\/conditions(\/\{id\})?$/,
    area: 'special-programs',
    action: 'administer',
    body: () => ({ kind: 'vetting_required', effectiveTo: null }),
  },
  {
    route: /^POST \/special-programs\/(conditions\/\{id\}\/notices|recipients)$/,
    area: 'special-programs',
    subject: 'partner',
    body: (rec) => ({ partnerCode: rec.partner }),
  },
  { route: /^\w+ \/special-programs\//, area: 'special-programs' },
  // Reference and rule tables of end-use monitoring are kept by administrators.
  { route: /^POST \/eum\/item-types$/, area: 'eum', action: 'administer' },
  {
    route: /^POST \/eum\/(sites|certifications|incidents|visits)$/,
    area: 'eum',
    subject: 'partner',
    body: (rec) => ({ partnerCode: rec.partner }),
  },
  {
    route: /^POST \/eum\/items$/,
    area: 'eum',
    subject: 'case',
    body: (rec) => ({ caseId: rec.id, lineNumber: '001', itemTypeCode: 'PROBE', serialNumber: 'PROBE-1' }),
  },
  { route: /^POST \/eum\/inventories$/, area: 'eum', subject: 'eum-site', body: (rec) => ({ siteId: rec.id, kind: 'ad_hoc' }) },
  { route: /^POST \/eum\/items\/import$/, area: 'eum', csv: 'case,line,item_type,serial_number,delivered_on,site\n' },
  { route: /^POST \/eum\/inventories\/\{id\}\/scans$/, area: 'eum', csv: 'item_type,serial_number,condition,scanned_on,note\n' },
  { route: /^\w+ \/eum\//, area: 'eum' },
  // SDAF: the cap and surcharge tables are administrators'; a transfer names its case; the fund's own records are read
  // only by users who see every partner (a partner-scoped reader sees transfers to its partners' cases and nothing else).
  { route: /^POST \/sdaf\/rules$/, area: 'sdaf', action: 'administer' },
  { route: /^POST \/sdaf\/transfers$/, area: 'sdaf', subject: 'case', body: (rec) => ({ caseId: rec.id }) },
  { route: /^GET \/sdaf\/(rules|transfers)/, area: 'sdaf' },
  { route: /^GET \/sdaf\//, area: 'sdaf', ok: (_, p) => (p.scope.allCountries ? [200] : [403]) },
  { route: /^\w+ \/sdaf\//, area: 'sdaf' },
  // The interagency review's offices are a table kept by administrators; a request belongs to its partner.
  { route: /^POST \/eda\/review-offices$/, area: 'eda', action: 'administer' },
  { route: /^POST \/eda\/requests$/, area: 'eda', subject: 'partner', body: (rec) => ({ partnerCode: rec.partner }) },
  { route: /^\w+ \/eda\//, area: 'eda' },
  // The NPOR types are what an LOA line's type is chosen from: readers of cases read them as well as the area's.
  { route: /^GET \/weapons\/npor-types$/, area: 'weapons', alt: 'cases' },
  { route: /^(POST|PUT) \/weapons\/npor-types/, area: 'weapons', action: 'administer' },
  { route: /^POST \/weapons\/(npor|tsfd)-requests$/, area: 'weapons', subject: 'partner', body: (rec) => ({ partnerCode: rec.partner }) },
  // Weapons: the ombudsman's response-time target is an administrator's rule table; a new inquiry, advocacy request,
  // competition or forecast row belongs to the partner it names (an inquiry may name none: every reader's).
  { route: /^POST \/weapons\/response-targets$/, area: 'weapons', action: 'administer' },
  {
    route: /^POST \/weapons\/(inquiries|advocacy|competitions)$/,
    area: 'weapons',
    subject: 'partner',
    body: (rec) => ({ partnerCode: rec.partner }),
  },
  {
    route: /^POST \/weapons\/forecast$/,
    area: 'weapons',
    subject: 'partner',
    body: (rec) => ({ partnerCode: rec.partner, likelihoodPercent: 50 }),
  },
  { route: /^\w+ \/weapons\//, area: 'weapons' },
  // Section 333 and BPC: programs, their codes, the notice period and the review checklist are administrators'; a
  // proposal belongs to its partner; a review to its case (whose markings it carries).
  { route: /^POST \/capacity-building\/(programs|notice-periods|checklist-items)/, area: 'capacity-building', action: 'administer' },
  {
    route: /^POST \/capacity-building\/proposals$/,
    area: 'capacity-building',
    subject: 'partner',
    body: (rec) => ({ partnerCode: rec.partner, programKey: 'section_333' }),
  },
  { route: /^POST \/capacity-building\/reviews$/, area: 'capacity-building', subject: 'case', body: (rec) => ({ caseId: rec.id }) },
  {
    route: /^POST \/capacity-building\/reviews\/\{id\}\/actions\/\{actionId\}\/done$/,
    area: 'capacity-building',
    params: () => ({ actionId: '00000000-0000-4000-8000-00000000abcd' }),
  },
  { route: /^\w+ \/capacity-building\//, area: 'capacity-building' },
  // FMF/DCC and drawdowns: a request or drawdown belongs to its partner; the authority caps are administrators'. Bodies
  // name only what the schemas' cross-field checks need, so a refusal is the policy's (403/404), not a 400.
  { route: /^POST \/special-programs\/drawdown-caps$/, area: 'special-programs', action: 'administer' },
  {
    route: /^POST \/special-programs\/dcc$/,
    area: 'special-programs',
    subject: 'partner',
    body: (rec) => ({ partnerCode: rec.partner, contractValueCents: 100, nonUsContentCents: 0 }),
  },
  {
    route: /^POST \/special-programs\/drawdowns$/,
    area: 'special-programs',
    subject: 'partner',
    body: (rec) => ({ partnerCode: rec.partner, authority: 'faa_506a1', capId: null }),
  },
  { route: /^POST \/special-programs\/drawdowns\/\{id\}\/transitions$/, area: 'special-programs', body: () => ({ action: 'cancel' }) },
  {
    route: /^POST \/special-programs\/drawdowns\/\{id\}\/lines$/,
    area: 'special-programs',
    body: () => ({ valuationMethod: 'net_book_value', netBookValueCents: 100 }),
  },
  {
    route: /^POST \/special-programs\/drawdowns\/\{id\}\/lines\/\{lineId\}\//,
    area: 'special-programs',
    params: () => ({ lineId: '00000000-0000-4000-8000-00000000abcd' }),
    body: () => ({ valuationMethod: 'net_book_value', netBookValueCents: 100 }),
  },
  { route: /^POST \/special-programs\/dcc\/\{id\}\/disbursements$/, area: 'special-programs', body: () => ({ usFlagAttested: true }) },
  { route: /^\w+ \/special-programs\//, area: 'special-programs' },
  // A partner's cases as the portfolio lists them: the portfolio's grant, or the cases'.
  { route: /^GET \/portfolios\/\{partner\}\/cases$/, area: 'portfolio', alt: 'cases' },
  // Side by side defaults to the partners in scope; who sees every partner may be asked to name them (a 400 says so).
  {
    route: /^GET \/portfolios$/,
    area: 'portfolio',
    ok: (_, p, search) => (p.scope.allCountries && !search.has('partners') ? [200, 400] : [200]),
  },
  { route: /^GET \/(portfolios|portfolio-overview)/, area: 'portfolio' },
];

/** The largest page a list route serves (its `limit` parameter's maximum). */
const maxLimit = (path: string) =>
  ROUTES.find((r) => r.method === 'get' && r.path === path)?.op.parameters?.find((q) => q.name === 'limit')?.schema?.maximum ?? 50;

const ruleOf = (route: Route) => RULES.find((r) => r.route.test(route.key));
const pathKindOf = (route: Route) => PATH_KINDS.find(([prefix]) => prefix.test(route.path))?.[1];
const pathParams = (route: Route) => (route.op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
const queryParams = (route: Route) => (route.op.parameters ?? []).filter((p) => p.in === 'query');

// ---------------------------------------------------------------------------------------------------------------------
// The demo data: records of each kind, with the partner and markings the policy reads.

interface Rec {
  kind: Kind;
  /** The record's id (a case's uuid). */
  id: string;
  /** What its path parameters are. */
  params: Record<string, string>;
  partner: string | null;
  /** Its own markings (a case's); a record of another area that names a withheld case carries none of its own. */
  markings: string[];
  /** The cases it names (an EUM item's case, a notification's cases). */
  names: string[];
  versions?: number;
  label: string;
  /** Made up: no record of the kind is in the account's reach in the demo data (an allowed read is a 404). */
  phantom?: boolean;
}

interface WithheldCase {
  id: string;
  identifier: string;
  partner: string;
  /** A word put into its title that nothing else carries, so finding it anywhere is finding the title. */
  token: string;
}

interface Ctx {
  appropriationOf(partner: string | null): string;
}

interface Account {
  username: string;
  principal: Principal;
  token: string;
  /** Its calendar feed's secret address. */
  feed: string;
}

const KIND_QUERIES: Record<Exclude<Kind, 'own'>, string> = {
  case: `select c.id::text as id, c.identifier as ref, c.partner_code as partner, c.markings,
           (select count(*)::int from loa_versions v where v.case_id = c.id) as versions from cases c order by c.identifier`,
  partner: `select p.code as id, p.code as ref, p.code as partner from partners p where p.kind = 'country'
           order by (select count(*) from cases c where c.partner_code = p.code) desc, p.code`,
  membership: `select id::text as id, partner_code as partner from group_memberships order by id`,
  lor: `select l.id::text as id, l.partner_code as partner,
           array(select c.id::text from cases c where c.lor_id = l.id) as names from letters_of_request l order by l.received_on, l.id`,
  notification: `select n.id::text as id, n.partner_code as partner,
           array(select nc.case_id::text from notification_cases nc where nc.notification_id = n.id) as names
           from notifications n order by n.created_at, n.id`,
  threshold: `select id::text as id, null as partner from notification_thresholds order by id`,
  target: `select id::text as id, null as partner from timeliness_targets order by id`,
  program: `select code as id, code as ref, null as partner from fund_programs order by code`,
  appropriation: `select id::text as id, partner_code as partner from appropriations order by partner_code nulls first, id`,
  obligation: `select id::text as id, partner_code as partner, array_remove(array[case_id::text], null) as names
           from fund_transactions where kind = 'obligation' order by id`,
  commitment: `select id::text as id, partner_code as partner, array_remove(array[case_id::text], null) as names
           from fund_transactions where kind = 'commitment' order by id`,
  'eum-item': `select id::text as id, partner_code as partner, array[case_id::text] as names from eum_items order by serial_number`,
  'eum-site': `select id::text as id, partner_code as partner from eum_sites order by code`,
  'eum-certification': `select id::text as id, partner_code as partner from eum_certifications order by id`,
  'eum-inventory': `select id::text as id, partner_code as partner from eum_inventories order by id`,
  'eum-discrepancy': `select id::text as id, partner_code as partner from eum_discrepancies order by id`,
  'eum-incident': `select id::text as id, partner_code as partner from eum_incidents order by id`,
  'eum-visit': `select id::text as id, partner_code as partner from eum_visits order by id`,
  lease: `select id::text as id, partner_code as partner from leases order by designator`,
  shipment: `select id::text as id, partner_code as partner, array[case_id::text] as names from shipments order by number`,
  'delivery-discrepancy': `select d.id::text as id, s.partner_code as partner, array[s.case_id::text] as names
           from delivery_discrepancies d join shipments s on s.id = d.shipment_id order by d.id`,
  'sdaf-procurement': `select id::text as id, null as partner from sdaf_procurements order by contract_number`,
  'sdaf-receipt': `select id::text as id, null as partner from sdaf_receipts order by id`,
  'sdaf-transfer': `select id::text as id, partner_code as partner, array[case_id::text] as names from sdaf_transfers order by id`,
  'eda-declaration': `select id::text as id, null as partner from eda_declarations order by reference`,
  'eda-request': `select id::text as id, partner_code as partner, array_remove(array[case_id::text], null) as names
           from eda_requests order by reference`,
  'npor-type': `select code as id, null as partner from npor_types order by code`,
  'npor-request': `select id::text as id, partner_code as partner, array_remove(array[case_id::text], null) as names
           from npor_requests order by reference`,
  'tsfd-request': `select id::text as id, partner_code as partner, markings, array_remove(array[case_id::text], null) as names
           from tsfd_requests order by reference`,
  'tsfd-policy': `select id::text as id, null as partner, markings from tsfd_policies order by title`,
  'weapon-system': `select id::text as id, null as partner from weapon_systems order by name`,
  'weapon-inquiry': `select id::text as id, partner_code as partner, case_ids::text[] as names from weapon_inquiries order by reference`,
  'weapon-advocacy': `select id::text as id, partner_code as partner from weapon_advocacy_requests order by reference`,
  'weapon-competition': `select id::text as id, partner_code as partner, case_ids::text[] as names from weapon_competitions order by reference`,
  'weapon-forecast': `select id::text as id, partner_code as partner from weapon_forecast_rows order by fiscal_year, partner_code, id`,
  'cb-proposal': `select id::text as id, partner_code as partner from cb_proposals order by reference`,
  'cb-review': `select id::text as id, partner_code as partner, array[case_id::text] as names from cb_reviews order by id`,
  'cb-program': `select key as id, null as partner from cb_programs order by key`,
  'sp-condition': `select id::text as id, null as partner from sp_program_conditions order by program_code, fiscal_year, kind`,
  'sp-recipient': `select id::text as id, partner_code as partner from sp_recipients order by name`,
  'dcc-request': `select id::text as id, partner_code as partner from dcc_requests order by reference`,
  drawdown: `select id::text as id, partner_code as partner from drawdowns order by reference`,
  user: `select id::text as id, partner_code as partner from users order by partner_code nulls first, username`,
  attachment: `select id::text as id, partner_code as partner from attachments order by id`,
  'eum-answer': `select id::text as id, partner_code as partner from eum_incident_answers order by id`,
};

type Row = Record<string, unknown>;
async function rows(database: Database, query: string): Promise<Row[]> {
  const result = (await database.db.execute(sql.raw(query))) as unknown as { rows: Row[] };
  return result.rows;
}

function recOf(kind: Kind, row: Row): Rec {
  const id = String(row.id);
  const partner = (row.partner as string | null) ?? null;
  const params: Record<string, string> =
    kind === 'case'
      ? { ref: String(row.ref) }
      : kind === 'partner'
        ? { code: id, partner: id }
        : kind === 'membership'
          ? { code: partner ?? '', id }
          : kind === 'program' || kind === 'npor-type'
            ? { code: id }
            : kind === 'cb-program'
              ? { key: id }
              : { id };
  return {
    kind,
    id,
    params,
    partner,
    markings: (row.markings as string[] | undefined) ?? [],
    names: ((row.names as (string | null)[] | undefined) ?? []).filter((n): n is string => !!n),
    versions: row.versions as number | undefined,
    label: `${kind} ${kind === 'case' ? row.ref : kind === 'partner' || kind === 'program' ? id : id.slice(0, 8)}${partner && kind !== 'partner' ? ` of ${partner}` : ''}`,
  };
}

/** A record no one has: for a kind the demo data has none of (only the role's grant can be checked on it). */
const phantom = (kind: Kind): Rec => ({
  kind,
  id: '00000000-0000-4000-8000-00000000abcd',
  // A partner named by code (none in reach: a partner user whose only partner is the withheld case's).
  params: { id: '00000000-0000-4000-8000-00000000abcd', ...(kind === 'partner' ? { code: 'ZZ', partner: 'ZZ' } : {}) },
  partner: null,
  markings: [],
  names: [],
  label: `${kind} that does not exist`,
  phantom: true,
});

// ---------------------------------------------------------------------------------------------------------------------
// Expectations from the policy

const inScope = (p: Principal, partner: string | null) => partner === null || p.scope.allCountries || p.scope.countries.includes(partner);
const holdsNeedToKnow = (p: Principal, markings: readonly string[]) =>
  markings.every((m) => (p.needToKnow as readonly string[]).includes(m));

function statusesFor(decision: Decision, ok: number[]): number[] {
  if (decision.allowed) return ok;
  if (decision.outOfScope) return [403, 404];
  return [403];
}

interface Expectation {
  statuses: number[];
  why: string;
}

function expected(p: Principal, rule: Rule, action: Action, rec: Rec | null, ok: number[]): Expectation {
  if (rule.area === 'self') return { statuses: ok, why: 'own things of any signed-in user' };
  const areas = [rule.area, ...(rule.alt ? [rule.alt] : [])];
  const statuses = new Set<number>();
  const why: string[] = [];
  for (const area of areas) {
    const decision = decide(p, action, {
      area,
      countryCode: rec?.partner ?? null,
      markings: rec?.markings ?? [],
      ...(rule.partnerPermission ? { partnerPermission: rule.partnerPermission } : {}),
    });
    for (const s of statusesFor(decision, ok)) statuses.add(s);
    why.push(decision.allowed ? `${action} ${area}: allowed` : `${action} ${area}: ${decision.reason}`);
  }
  return { statuses: [...statuses].sort(), why: why.join('; ') };
}

// ---------------------------------------------------------------------------------------------------------------------
// Bodies: what a response says, as text (JSON, CSV, iCalendar; the text of a PDF or a workbook)

async function pdfText(bytes: Uint8Array): Promise<string> {
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(pdf, { mergePages: true });
    return text;
  } catch (error) {
    return `(unreadable PDF: ${(error as Error).message})`;
  }
}

async function xlsxText(bytes: Uint8Array): Promise<string> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    return `(unreadable workbook: ${(error as Error).message})`;
  }
  const parts: string[] = [];
  book.eachSheet((sheet) => {
    parts.push(sheet.name);
    sheet.eachRow((row) => {
      parts.push(JSON.stringify(row.values));
    });
  });
  return parts.join('\n');
}

async function bodyText(res: Response): Promise<string> {
  const type = res.headers.get('content-type') ?? '';
  const bytes = new Uint8Array(await res.arrayBuffer());
  const latin1 = Buffer.from(bytes).toString('latin1');
  if (type.includes('pdf')) return `${await pdfText(bytes)}\n${latin1}`;
  if (type.includes('spreadsheetml')) return `${await xlsxText(bytes)}\n${latin1}`;
  return new TextDecoder().decode(bytes);
}

const excerpt = (text: string) => text.replace(/\s+/g, ' ').slice(0, 160);

// ---------------------------------------------------------------------------------------------------------------------
// Write bodies, generated from the route's schema (valid, so that the check of access is what answers)

// ---------------------------------------------------------------------------------------------------------------------

describe.each(TEST_ENGINES)('access matrix on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const accounts: Account[] = [];
  const recs = new Map<Kind, Rec[]>();
  let withheld: WithheldCase;
  let allWithheld: WithheldCase[] = [];
  /** Words put into TSFD records' titles, and their references: none may reach an account without TSFD need-to-know. */
  const tsfdSecrets: string[] = [];
  let caseIdentifiers: { identifier: string; partner: string }[] = [];
  let ctx: Ctx;

  const request = (account: Account | null, url: string, init: RequestInit = {}) =>
    app.request(url, {
      ...init,
      headers: { ...(account ? { authorization: `Bearer ${account.token}` } : {}), ...(init.headers as Record<string, string>) },
    });

  /** What the body reveals that the account must not see. */
  function leaks(account: Account, text: string, url: string, status: number): string[] {
    const p = account.principal;
    const echoed = (identifier: string) => status >= 400 && url.includes(identifier);
    const found: string[] = [];
    for (const w of allWithheld) {
      if (holdsNeedToKnow(p, ['pre-notification'])) break;
      if (text.includes(w.token)) found.push(`the title of withheld case ${w.identifier}`);
      if (text.includes(w.identifier) && !echoed(w.identifier)) found.push(`withheld case ${w.identifier}`);
    }
    if (!holdsNeedToKnow(p, ['tsfd'])) {
      for (const secret of tsfdSecrets) if (text.includes(secret)) found.push(`TSFD record ${secret}`);
    }
    if (!p.scope.allCountries) {
      for (const c of caseIdentifiers) {
        if (!inScope(p, c.partner) && text.includes(c.identifier) && !echoed(c.identifier)) found.push(`out-of-scope case ${c.identifier}`);
      }
    }
    return found;
  }

  /** Records of a kind for an account: one in its scope, one out of it, one that is or names the withheld case. */
  function scenarios(kind: Kind, p: Principal): { name: string; rec: Rec }[] {
    if (kind === 'own') return [{ name: 'own', rec: phantom('own') }];
    const all = recs.get(kind) ?? [];
    const clean = (r: Rec) => r.markings.length === 0 && !r.names.some((n) => allWithheld.some((w) => w.id === n));
    const notWithheldPartner = (r: Rec) => kind !== 'partner' || r.partner !== withheld.partner;
    const out: { name: string; rec: Rec }[] = [];
    const inside = all.find((r) => inScope(p, r.partner) && clean(r) && notWithheldPartner(r));
    out.push({ name: all.some((r) => r.partner) ? 'in scope' : 'any', rec: inside ?? phantom(kind) });
    if (!p.scope.allCountries) {
      const outside = all.find((r) => r.partner !== null && !inScope(p, r.partner) && clean(r));
      if (outside) out.push({ name: 'out of scope', rec: outside });
    }
    const marked =
      kind === 'partner'
        ? all.find((r) => r.partner === withheld.partner)
        : all.find((r) => r.id === withheld.id || r.names.includes(withheld.id));
    if (marked) out.push({ name: 'withheld', rec: marked });
    // A record carrying the TSFD marking itself (in the account's scope, so that only the marking decides).
    const tsfdMarked = all.find((r) => r.markings.includes('tsfd') && inScope(p, r.partner));
    if (tsfdMarked) out.push({ name: 'TSFD-marked', rec: tsfdMarked });
    return out;
  }

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await seedDemo(database.db, testWiring, { size: 'demo', seed: 1 });
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) }, testWiring);

    const userRows = await database.db.select().from(users);
    // Partner users too: Kuwait's user (whose partner has the withheld case), Australia's administrator, a forwarder.
    const partnerSeats = PARTNER_DEMO_ACCOUNTS.filter((a) => ['ku.user', 'at.admin', 'forwarder'].includes(a.username.split('@')[0]!));
    for (const seat of [...DEMO_ACCOUNTS, ...partnerSeats]) {
      const row = userRows.find((u) => u.username === seat.username);
      if (!row) throw new Error(`demo account ${seat.username} not seeded`);
      const principal = principalOf(row, 'token');
      const { token } = await createApiToken(database.db, principalOf(row, 'system'), { name: 'access matrix' });
      const account: Account = { username: seat.username, principal, token, feed: '' };
      const created = await request(account, '/api/deadlines/feeds', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'access matrix' }),
      });
      if (created.status !== 201) throw new Error(`calendar feed for ${seat.username}: ${created.status} ${await created.text()}`);
      account.feed = new URL(((await created.json()) as { url: string }).url).search;
      accounts.push(account);
    }

    withheld = await findOrMakeWithheldCase();
    // Each withheld case gets a word in its title that nothing else carries: finding it anywhere is finding the title.
    const marked = await rows(
      database,
      `select id::text as id, identifier, partner_code as partner from cases where 'pre-notification' = any(markings) order by identifier`,
    );
    allWithheld = marked.map((r, i) => ({
      id: String(r.id),
      identifier: String(r.identifier),
      partner: String(r.partner),
      token: `Zqwithheld${i}x`,
    }));
    for (const w of allWithheld) {
      await database.db.execute(sql`update cases set title = title || ${` ${w.token}`} where id = ${w.id}::uuid`);
    }
    withheld = allWithheld.find((w) => w.id === withheld.id)!;
    // Each TSFD record gets a word in its title and summary that nothing else carries; with its reference, finding any of
    // them in a body read by an account without TSFD need-to-know is finding the record.
    const tsfd = await rows(database, 'select id::text as id, reference from tsfd_requests order by reference');
    for (const [i, r] of tsfd.entries()) {
      const token = `Zqtsfd${i}x`;
      await database.db.execute(
        sql`update tsfd_requests set title = title || ${` ${token}`}, summary = summary || ${` ${token}`} where id = ${String(r.id)}::uuid`,
      );
      tsfdSecrets.push(token, String(r.reference));
    }
    const policies = await rows(database, 'select id::text as id from tsfd_policies order by id');
    for (const [i, r] of policies.entries()) {
      const token = `Zqtsfdpolicy${i}x`;
      await database.db.execute(sql`update tsfd_policies set title = title || ${` ${token}`} where id = ${String(r.id)}::uuid`);
      tsfdSecrets.push(token);
    }
    if (!tsfd.length || !policies.length) throw new Error('the demo data has no TSFD request or anticipatory policy to test on');
    caseIdentifiers = (await rows(database, 'select identifier, partner_code as partner from cases')).map((r) => ({
      identifier: String(r.identifier),
      partner: String(r.partner),
    }));
    for (const [kind, query] of Object.entries(KIND_QUERIES) as [Exclude<Kind, 'own'>, string][]) {
      recs.set(
        kind,
        (await rows(database, query)).map((r) => recOf(kind, r)),
      );
    }
    const appropriations = recs.get('appropriation') ?? [];
    ctx = {
      appropriationOf: (partner) =>
        (appropriations.find((a) => a.partner === partner) ?? appropriations.find((a) => a.partner === null) ?? appropriations[0])?.id ??
        phantom('appropriation').id,
    };
  });
  afterAll(() => database?.close());

  /** The demo's case withheld pending notification, in the Gulf (KU) as in the issue; made through the API if missing. */
  async function findOrMakeWithheldCase(): Promise<WithheldCase> {
    const query = `select id::text as id, identifier, partner_code as partner from cases where 'pre-notification' = any(markings)
                   order by (partner_code = 'KU') desc, identifier limit 1`;
    const [found] = await rows(database, query);
    if (found?.partner === 'KU') return { id: String(found.id), identifier: String(found.identifier), partner: 'KU', token: '' };
    // Partner KU, one $60M MDE line, no notification: above the 36(b)(1) MDE threshold, so withheld until notified.
    const admin = accounts.find((a) => a.username === 'admin')!;
    const json = { 'content-type': 'application/json' };
    const created = await request(admin, '/api/cases', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ partnerCode: 'KU', agencyCode: 'D', type: 'defined_order', title: 'Access matrix MDE sale' }),
    });
    if (created.status !== 201) throw new Error(`creating the withheld case: ${created.status} ${await created.text()}`);
    const { case: page } = (await created.json()) as { case: { id: string; identifier: string } };
    const version = (await (await request(admin, `/api/cases/${page.identifier}/versions/0`)).json()) as { version: { revision: number } };
    const saved = await request(admin, `/api/cases/${page.identifier}/versions/0`, {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({
        revision: version.version.revision,
        lines: [{ lineNumber: '001', description: 'Major defense equipment', quantity: 1, unitCostCents: 6_000_000_000, mde: true }],
      }),
    });
    if (saved.status !== 200) throw new Error(`pricing the withheld case: ${saved.status} ${await saved.text()}`);
    const [made] = await rows(database, `select markings from cases where id = '${page.id}'`);
    if (!(made?.markings as string[] | undefined)?.includes('pre-notification')) {
      throw new Error(`a $60M MDE case for KU without notification is not marked pre-notification: ${JSON.stringify(made)}`);
    }
    return { id: page.id, identifier: page.identifier, partner: 'KU', token: '' };
  }

  it("closes issue 10's reproduction: eum.gulf reads nothing of the withheld case, and EUM item lists mask it", async () => {
    expect(withheld.partner).toBe('KU');
    // Signed in as a user would be, with the demo password (a session, not a token).
    const signIn = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'eum.gulf', password: DEMO_PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const asEva = (url: string) => app.request(url, { headers: { cookie } });
    const W = withheld.identifier;
    const failures: string[] = [];
    for (const url of [`/api/cases/${W}`, `/api/cases/${W}/versions/0`, `/api/cases/${W}/versions/0/document.pdf`]) {
      const res = await asEva(url);
      const text = await bodyText(res);
      if (res.status !== 403) failures.push(`${url}: got ${res.status}, expected 403 ${excerpt(text)}`);
      if (text.includes(withheld.token)) failures.push(`${url} shows the title of ${W}`);
    }

    // The EUM items of the withheld case stay listed (they are EUM's records), with the case masked.
    const itemIds = (await rows(database, `select id::text as id from eum_items where case_id = '${withheld.id}'`)).map((r) =>
      String(r.id),
    );
    const limit = maxLimit('/eum/items');
    for (const url of [
      `/api/eum/items?limit=${limit}`,
      `/api/eum/items?partner=${withheld.partner}&limit=${limit}`,
      `/api/eum/items?caseId=${withheld.id}&limit=${limit}`,
      `/api/eum/items/export.csv?partner=${withheld.partner}`,
      `/api/eum/items/export.xlsx?partner=${withheld.partner}`,
      ...itemIds.slice(0, 1).map((id) => `/api/eum/items/${id}`),
    ]) {
      const res = await asEva(url);
      const text = await bodyText(res);
      if (res.status !== 200) failures.push(`${url}: got ${res.status}, expected 200 ${excerpt(text)}`);
      if (text.includes(W)) failures.push(`${url} shows ${W}`);
      if (text.includes(withheld.token)) failures.push(`${url} shows the title of ${W}`);
    }
    if (itemIds.length) {
      const list = (await (await asEva(`/api/eum/items?partner=${withheld.partner}&limit=${limit}`)).json()) as {
        items?: { id: string }[];
      };
      const listed = new Set((list.items ?? []).map((i) => i.id));
      const missing = itemIds.filter((id) => !listed.has(id));
      if (missing.length) failures.push(`EUM items of ${W} left out of the item list (they stay, masked): ${missing.length}`);
    }

    // The case list shows that the withheld case exists and nothing else about it.
    const list = (await (await asEva(`/api/cases?limit=${maxLimit('/cases')}`)).json()) as { items: Record<string, unknown>[] };
    const masked = list.items.filter((i) => i.withheld === true);
    if (!masked.some((i) => i.id === withheld.id)) failures.push(`the case list does not show that ${W} exists (masked)`);
    for (const row of masked) {
      const revealing = Object.entries(row).filter(
        ([key, value]) => !['id', 'withheld'].includes(key) && value !== null && !(typeof value === 'string' && /^withheld\b/i.test(value)),
      );
      if (revealing.length) failures.push(`masked case row ${row.id} reveals ${JSON.stringify(revealing)}`);
    }
    expect(failures, `${failures.length} mismatch(es):\n${failures.join('\n')}`).toEqual([]);
  });

  it('shows nothing of TSFD to an account without the marking: lists, counts, records, the portfolio, the audit log', async () => {
    const failures: string[] = [];
    const [first] = await rows(database, 'select id::text as id, partner_code as partner from tsfd_requests order by reference limit 1');
    const total = Number((await rows(database, 'select count(*)::int as n from tsfd_requests'))[0]?.n ?? 0);
    for (const acct of accounts) {
      const p = acct.principal;
      const reads = decide(p, 'read', { area: 'weapons' }).allowed;
      const holds = holdsNeedToKnow(p, ['tsfd']);
      const list = await request(acct, `/api/weapons/tsfd-requests?limit=${maxLimit('/weapons/tsfd-requests')}`);
      const body = (await list.json()) as { total?: number };
      const want = !reads ? 403 : 200;
      if (list.status !== want) failures.push(`${acct.username}: TSFD list ${list.status}, expected ${want}`);
      if (reads && !holds && body.total !== 0) failures.push(`${acct.username}: TSFD list counts ${body.total} without the marking`);
      if (reads && holds && p.scope.allCountries && body.total !== total)
        failures.push(`${acct.username}: TSFD list counts ${body.total} of ${total} with the marking`);
      const one = await request(acct, `/api/weapons/tsfd-requests/${first!.id}`);
      const canSee = reads && holds && inScope(p, String(first!.partner));
      if ((one.status === 200) !== canSee) failures.push(`${acct.username}: TSFD request read ${one.status}, may see: ${canSee}`);
      if (!canSee && ![403, 404].includes(one.status)) failures.push(`${acct.username}: TSFD request refused with ${one.status}`);
      const audit = await request(acct, '/api/audit?entityType=tsfd_request&limit=200');
      if (audit.status === 200) {
        const count = ((await audit.json()) as { total: number }).total;
        if (!holds && count !== 0) failures.push(`${acct.username}: the audit log lists ${count} TSFD entries without the marking`);
        if (holds && count === 0) failures.push(`${acct.username}: the audit log lists no TSFD entry with the marking`);
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('shows a partner user no internal field: every key of every portal answer, not only the rows', async () => {
    const INTERNAL = /note|comment|finding|marking|fad|designator|tsfd|internal|withheld|manager|review|quality|npor|markings/i;
    const failures: string[] = [];
    const keysOf = (value: unknown, path: string, out: string[]) => {
      if (Array.isArray(value)) for (const v of value) keysOf(v, `${path}[]`, out);
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) {
          out.push(`${path}.${k}`);
          keysOf(v, `${path}.${k}`, out);
        }
      return out;
    };
    let read = 0;
    for (const acct of accounts.filter((a) => a.principal.partner)) {
      const p = acct.principal;
      const own = (kind: Kind) => (recs.get(kind) ?? []).find((r) => r.partner === p.partner!.code && r.markings.length === 0);
      const kase = own('case');
      const shipment = own('shipment');
      const urls = ['/api/partner/lors', '/api/partner/cases', '/api/partner/payments', '/api/partner/shipments', '/api/partner/eum'];
      if (kase) urls.push(`/api/partner/cases/${kase.params.ref}`);
      if (shipment) urls.push(`/api/partner/shipments/${shipment.id}`);
      for (const url of urls) {
        const res = await request(acct, url);
        if (res.status !== 200) continue;
        read++;
        const body = (await res.json()) as unknown;
        for (const key of keysOf(body, '', []))
          if (INTERNAL.test(key.split('.').pop()!)) failures.push(`${acct.username} ${url}: key ${key}`);
        const text = JSON.stringify(body);
        for (const c of caseIdentifiers)
          if (c.partner !== p.partner!.code && text.includes(c.identifier)) failures.push(`${acct.username} ${url}: ${c.identifier}`);
        for (const w of allWithheld)
          if (text.includes(w.identifier) || text.includes(w.token)) failures.push(`${acct.username} ${url}: withheld ${w.identifier}`);
      }
      // The partner's marked case (pending notification) is not there at all: not found, as another partner's.
      const marked = allWithheld.find((w) => w.partner === p.partner!.code);
      if (marked && p.partner!.permissions.includes('cases')) {
        const res = await request(acct, `/api/partner/cases/${marked.identifier}`);
        if (res.status !== 404) failures.push(`${acct.username}: the withheld case answered ${res.status}, not 404`);
      }
    }
    expect(read, 'no partner answer was read').toBeGreaterThan(5);
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('covers every route of the API in its table', () => {
    const uncovered = ROUTES.filter((r) => !ruleOf(r)).map((r) => r.key);
    const unnamed = ROUTES.filter((r) => pathParams(r).some((n) => !['number', 'index'].includes(n)) && !pathKindOf(r)).map((r) => r.key);
    expect({ uncovered, unnamed }).toEqual({ uncovered: [], unnamed: [] });
    expect(ROUTES.length).toBeGreaterThan(100);
  });

  // ------------------------------------------------------------------------------------------------------------------
  // Reads: every GET route × every demo account × in scope / out of scope / withheld

  for (const route of ROUTES.filter((r) => r.method === 'get')) {
    it(`GET ${route.path}`, async () => {
      const rule = ruleOf(route);
      expect(rule, `${route.key} is not in the access matrix table`).toBeDefined();
      const failures: string[] = [];
      const kind = pathKindOf(route);
      const query = queryParams(route);
      const has = (name: string) => query.some((q) => q.name === name);
      const limit = query.find((q) => q.name === 'limit')?.schema?.maximum;
      const base = new URLSearchParams();
      if (limit) base.set('limit', String(limit));
      if (route.path === '/saved-views') base.set('area', 'cases');
      if (/\/diff/.test(route.path)) {
        base.set('from', '0');
        base.set('to', '1');
      }
      for (const acct of accounts) {
        const p = acct.principal;
        const cases: { name: string; rec: Rec | null; search: URLSearchParams; listPartner?: string; caseFilter?: boolean }[] = [];
        if (kind) {
          for (const s of scenarios(kind, p)) cases.push({ ...s, search: new URLSearchParams(base) });
        } else {
          cases.push({ name: 'list', rec: null, search: new URLSearchParams(base) });
          const partnerParam = has('partner') ? 'partner' : has('partners') ? 'partners' : null;
          if (partnerParam) {
            const partners = recs.get('partner') ?? [];
            const inside = partners.find((r) => inScope(p, r.partner) && r.partner !== withheld.partner);
            const outside = p.scope.allCountries ? undefined : partners.find((r) => !inScope(p, r.partner));
            for (const [name, code] of [
              ['list of a partner in scope', inside?.partner],
              ['list of a partner out of scope', outside?.partner],
              ['list of the withheld case’s partner', withheld.partner],
            ] as const) {
              if (!code) continue;
              const search = new URLSearchParams(base);
              search.set(partnerParam, code);
              cases.push({ name, rec: null, search, listPartner: code });
            }
          }
          for (const caseParam of ['caseId', 'case', 'entityId']) {
            if (!has(caseParam)) continue;
            const search = new URLSearchParams(base);
            search.set(caseParam, withheld.id);
            cases.push({ name: `list filtered to the withheld case (${caseParam})`, rec: null, search, caseFilter: true });
          }
        }
        for (const c of cases) {
          const params = { number: '0', index: '0', id: '00000000-0000-4000-8000-00000000abcd', ...(c.rec?.params ?? {}) };
          const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name as keyof typeof params] ?? ''));
          const url =
            route.path === '/deadlines/feed.ics'
              ? `/api${path}${acct.feed}`
              : `/api${path}${c.search.size ? `?${c.search.toString()}` : ''}`;
          let want = expected(p, rule!, rule!.action ?? 'read', c.rec, c.rec?.phantom ? [404] : (rule!.ok?.(c.rec, p, c.search) ?? [200]));
          // Filtering by a case the reader may not see may be refused like the case itself; a refusal reveals nothing.
          if (c.caseFilter && want.statuses.includes(200) && !(inScope(p, withheld.partner) && holdsNeedToKnow(p, ['pre-notification']))) {
            want = { statuses: [200, 403, 404], why: `${want.why}; the case filtered by is withheld from or out of the reader's scope` };
          }
          if (c.listPartner && !inScope(p, c.listPartner) && want.statuses.includes(200)) {
            want = {
              statuses: [200, 403, 404],
              why: `${want.why}; filtered to partner ${c.listPartner} outside the scope: nothing listed`,
            };
          }
          // Another area's record that names a withheld case stays readable with the case masked (EUM items explicitly);
          // a refusal reveals nothing either, so it is accepted for the others.
          if (c.rec && c.rec.markings.length === 0 && c.rec.names.includes(withheld.id) && c.rec.kind !== 'eum-item') {
            if (want.statuses.includes(200)) want = { statuses: [...new Set([...want.statuses, 403])].sort(), why: want.why };
          }
          const res = await request(acct, url);
          const text = await bodyText(res);
          const where = `${acct.username} · ${c.name}${c.rec ? ` (${c.rec.label})` : ''}`;
          if (!want.statuses.includes(res.status)) {
            failures.push(`${where}: got ${res.status}, expected ${want.statuses.join('/')} [${want.why}] ${excerpt(text)}`);
          }
          if (res.status === 200 && c.listPartner && !inScope(p, c.listPartner)) {
            const listed = listedCount(text);
            if (listed) failures.push(`${where}: got 200 listing ${listed} record(s) of partner ${c.listPartner} outside the scope`);
          }
          for (const leak of leaks(acct, text, url, res.status)) failures.push(`${where}: ${res.status} body reveals ${leak}`);
        }
      }
      expect(failures, `${failures.length} mismatch(es):\n${failures.join('\n')}`).toEqual([]);
    });
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Writes: every route that writes, by every account that may not, on a record in scope, out of scope and withheld:
  // refused (403/404) and nothing written (no audit record appended).

  for (const route of ROUTES.filter((r) => r.method !== 'get')) {
    const rule = RULES.find((r) => r.route.test(route.key));
    if (rule?.area === 'self') continue;
    it(`${route.method.toUpperCase()} ${route.path} is refused to whoever may not`, async () => {
      expect(rule, `${route.key} is not in the access matrix table`).toBeDefined();
      const failures: string[] = [];
      const action = rule!.action ?? 'write';
      const kind = rule!.subject ?? pathKindOf(route);
      const schema = route.op.requestBody?.content['application/json']?.schema;
      let tried = 0;
      for (const acct of accounts) {
        const p = acct.principal;
        for (const s of kind ? scenarios(kind, p) : [{ name: 'any', rec: null }]) {
          const want = expected(p, rule!, action, s.rec, [200, 201, 204]);
          if (want.statuses.some((status) => status < 300)) continue; // allowed: not tried (it would change the data)
          tried++;
          const rec = s.rec ?? phantom('own');
          const params = {
            number: '0',
            index: '0',
            id: '00000000-0000-4000-8000-00000000abcd',
            ...rec.params,
            ...(rule!.params?.(rec, ctx) ?? {}),
          };
          const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name as keyof typeof params] ?? ''));
          const init: RequestInit = { method: route.method.toUpperCase() };
          if (rule!.csv !== undefined) {
            init.headers = { 'content-type': 'text/csv' };
            init.body = rule!.csv;
          } else if (schema) {
            const generated = sample(schema);
            const body = Array.isArray(generated) ? generated : { ...(generated as object), ...(rule!.body?.(rec, ctx) ?? {}) };
            init.headers = { 'content-type': 'application/json' };
            init.body = JSON.stringify(body);
          }
          const before = await auditCount();
          const res = await request(acct, `/api${path}`, init);
          const text = await bodyText(res);
          const after = await auditCount();
          const where = `${acct.username} · ${s.name}${s.rec ? ` (${s.rec.label})` : ''}`;
          // A body naming a record out of reach may also be answered as an invalid field naming it (400), never more.
          const namingFields = rule!.subject && s.rec ? Object.keys(rule!.body?.(s.rec, ctx) ?? {}) : [];
          const refusedField = res.status === 400 && errorFields(text).some((f) => namingFields.includes(f));
          if (![403, 404].includes(res.status) && !refusedField) {
            failures.push(`${where}: got ${res.status}, expected 403/404 [${want.why}] ${excerpt(text)}`);
          }
          if (after !== before) failures.push(`${where}: refused write still appended ${after - before} audit record(s)`);
          for (const leak of leaks(acct, text, path, res.status)) failures.push(`${where}: ${res.status} body reveals ${leak}`);
        }
      }
      expect(failures, `${failures.length} mismatch(es):\n${failures.join('\n')}`).toEqual([]);
      // Only the administrator holds everything; every other write route is refused to someone.
      expect(tried, 'no account was refused this write: is its rule right?').toBeGreaterThan(0);
    });
  }

  async function auditCount(): Promise<number> {
    const [row] = await rows(database, 'select count(*)::int as n from audit_log');
    return Number(row?.n ?? 0);
  }
});

/** The field paths of an error answer (`{ error: { fields: [{ path }] } }`). */
function errorFields(text: string): string[] {
  try {
    const body = JSON.parse(text) as { error?: { fields?: { path: string }[] } };
    return (body.error?.fields ?? []).map((f) => f.path);
  } catch {
    return [];
  }
}

/** How many records a JSON list answer holds (`items`, or a top-level array); 0 for anything else. */
function listedCount(text: string): number {
  try {
    const body = JSON.parse(text) as unknown;
    if (Array.isArray(body)) return body.length;
    const items = (body as { items?: unknown }).items;
    return Array.isArray(items) ? items.length : 0;
  } catch {
    return 0;
  }
}
