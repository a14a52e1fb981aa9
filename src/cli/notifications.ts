import type { Command } from 'commander';
import { type BatchEntry, type DeterminationResult, determineMany } from '../areas/notifications/public.ts';
import { SYSTEM_PRINCIPAL } from '../platform/access/policy.ts';
import { AppError } from '../platform/http/errors.ts';
import { print, withDatabase } from './context.ts';
import { readRequests } from './json-input.ts';

interface DetermineOptions {
  partner?: string;
  mde?: string;
  total?: string;
  dc?: string;
  asOf?: string;
  input?: string;
  json?: boolean;
}

/** `iops notifications determine`: one sale from flags, or a JSON array of request bodies from a file. */
export function addNotificationCommands(program: Command): void {
  program
    .command('notifications')
    .description('Congressional notifications (AECA 36(b))')
    .command('determine')
    .description('Decide whether an AECA 36(b)(1) notification is required, with its reasons (values in whole US dollars)')
    .option('--partner <code>', 'partner customer code, e.g. AT')
    .option('--mde <dollars>', 'Major Defense Equipment value')
    .option('--total <dollars>', 'defense articles and services, MDE included')
    .option('--dc <dollars>', 'design and construction services', '0')
    .option('--as-of <date>', 'decide as of this ISO date (default: today)')
    .option('--input <file>', 'a JSON array of request bodies {partnerCode, mdeValue, totalValue, designConstructionValue?, asOf?}')
    .option('--json', 'print JSON')
    .action((o: DetermineOptions) =>
      withDatabase(async ({ db }) => {
        if (o.input) {
          const results = await determineMany(db, SYSTEM_PRINCIPAL, readRequests(o.input));
          print(results, !!o.json, () => results.map((r, i) => `#${i + 1} ${describe(r)}`).join('\n\n'));
          return;
        }
        if (!o.partner || o.mde === undefined || o.total === undefined)
          throw new AppError(400, 'bad_request', 'Give --partner, --mde and --total (or --input FILE)');
        const body = {
          partnerCode: o.partner,
          mdeValue: number(o.mde),
          totalValue: number(o.total),
          designConstructionValue: number(o.dc ?? '0'),
          ...(o.asOf ? { asOf: o.asOf } : {}),
        };
        const [result] = await determineMany(db, SYSTEM_PRINCIPAL, [body]);
        if (result && 'error' in result) throw new AppError(400, 'validation_failed', result.error.message, result.error.fields);
        print(result, !!o.json, () => describe(result!));
      }),
    );
}

const number = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

function describe(entry: BatchEntry): string {
  if ('error' in entry)
    return `error: ${entry.error.message}${(entry.error.fields ?? []).map((f) => `\n  ${f.path}: ${f.message}`).join('')}`;
  const r: DeterminationResult = entry;
  const head = r.required
    ? `${r.partnerCode} on ${r.asOf}: notification REQUIRED — formal review ${r.reviewDays} calendar days${r.tieredReviewDays ? `, tiered review ${r.tieredReviewDays} days${r.tieredReviewVerified ? '' : ' (unverified)'}` : ''}`
    : `${r.partnerCode} on ${r.asOf}: no notification required`;
  const reasons = r.reasons.map(
    (x) => `  ${x.met ? 'MET ' : 'not '} ${x.rule}: value $${x.value.toLocaleString('en-US')} vs $${x.threshold.toLocaleString('en-US')}`,
  );
  return [head, ...reasons, `  source: ${r.thresholdSet.source}`].join('\n');
}
