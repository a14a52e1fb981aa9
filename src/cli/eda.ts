import type { Command } from 'commander';
import { determineManyEda, type EdaBatchEntry } from '../areas/eda/public.ts';
import { SYSTEM_PRINCIPAL } from '../platform/access/policy.ts';
import { print, withDatabase } from './context.ts';
import { readRequests } from './json-input.ts';

/** `iops eda determine`: a JSON array of request bodies from a file, one result (or error) per entry. */
export function addEdaCommands(program: Command): void {
  program
    .command('eda')
    .description('Excess defense articles (FAA 516)')
    .command('determine')
    .description('Is FAA 516(f) notice required before the transfer, and how many days? With reasons (whole US dollars)')
    .requiredOption('--input <file>', 'a JSON array of request bodies {partnerCode, originalAcquisitionValue, sme, asOf?}')
    .option('--json', 'print JSON')
    .action((o: { input: string; json?: boolean }) =>
      withDatabase(async ({ db }) => {
        const results = await determineManyEda(db, SYSTEM_PRINCIPAL, readRequests(o.input, 'EDA determination requests'));
        print(results, !!o.json, () => results.map((r, i) => `#${i + 1} ${describe(r)}`).join('\n\n'));
      }),
    );
}

function describe(entry: EdaBatchEntry): string {
  if ('error' in entry)
    return `error: ${entry.error.message}${(entry.error.fields ?? []).map((f) => `\n  ${f.path}: ${f.message}`).join('')}`;
  const head = entry.noticeRequired
    ? `${entry.partnerCode} on ${entry.asOf}: notice REQUIRED, ${entry.noticeDays} days before the transfer`
    : `${entry.partnerCode} on ${entry.asOf}: no notice required`;
  return [head, ...entry.reasons.map((r) => `  ${r.met ? 'MET ' : 'not '} ${r.rule} (${r.source})`)].join('\n');
}
