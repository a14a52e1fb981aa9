import type { Command } from 'commander';
import { determineManyLeases, type LeaseBatchEntry } from '../areas/leases/public.ts';
import { SYSTEM_PRINCIPAL } from '../platform/access/policy.ts';
import { print, withDatabase } from './context.ts';
import { readRequests } from './json-input.ts';

/** `iops leases determine`: a JSON array of request bodies from a file, one result (or error) per entry. */
export function addLeaseCommands(program: Command): void {
  program
    .command('leases')
    .description('Leases of defense articles (AECA 61–63)')
    .command('determine')
    .description('AECA 62 certification, its review days and AECA 63 joint-resolution review, with reasons (whole US dollars)')
    .requiredOption('--input <file>', 'a JSON array of request bodies {partnerCode, termMonths, mdeValue, totalValue, asOf?}')
    .option('--json', 'print JSON')
    .action((o: { input: string; json?: boolean }) =>
      withDatabase(async ({ db }) => {
        const results = await determineManyLeases(db, SYSTEM_PRINCIPAL, readRequests(o.input, 'lease determination requests'));
        print(results, !!o.json, () => results.map((r, i) => `#${i + 1} ${describe(r)}`).join('\n\n'));
      }),
    );
}

function describe(entry: LeaseBatchEntry): string {
  if ('error' in entry)
    return `error: ${entry.error.message}${(entry.error.fields ?? []).map((f) => `\n  ${f.path}: ${f.message}`).join('')}`;
  const head = entry.certificationRequired
    ? `${entry.partnerCode} on ${entry.asOf}: certification REQUIRED, ${entry.reviewDays} days before signature; joint-resolution review ${entry.jointResolutionReview ? 'YES' : 'no'}`
    : `${entry.partnerCode} on ${entry.asOf}: no certification required`;
  return [head, ...entry.reasons.map((r) => `  ${r.met ? 'MET ' : 'not '} ${r.rule} (${r.source})`)].join('\n');
}
