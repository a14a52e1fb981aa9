import type { Command } from 'commander';
import { appendCheckpoint, readCheckpoints, takeCheckpoint } from '../platform/audit/checkpoint.ts';
import { auditFiles } from '../platform/audit/key.ts';
import { verifyAuditChain } from '../platform/audit/service.ts';
import { print, withDatabase } from './context.ts';

export function addAuditCommands(program: Command): void {
  const audit = program.command('audit').description('The audit log');

  audit
    .command('verify')
    .description(
      'Recompute the keyed hash chain and hold it against the signed checkpoints; report the first record altered, removed or re-hashed',
    )
    .option('--checkpoints <files...>', 'checkpoint files (JSON lines) to hold the log against (default: AUDIT_CHECKPOINT_FILE)')
    .option('--json', 'print JSON')
    .action((o: { checkpoints?: string[]; json?: boolean }) =>
      withDatabase(
        async ({ db }, _wiring, { config, auditKey }) => {
          const files = o.checkpoints ?? [auditFiles(config).checkpointFile];
          if (o.checkpoints) for (const file of files) if (readCheckpoints(file).length === 0) throw new Error(`No checkpoints in ${file}`);
          const verdict = await verifyAuditChain(db, { key: auditKey, checkpoints: files.flatMap(readCheckpoints) });
          print(verdict, !!o.json, () =>
            verdict.ok
              ? `Audit log intact: ${verdict.checked} records verified (${verdict.keyed} keyed, ${verdict.unkeyed} unkeyed from before the audit key); ${
                  verdict.checkpoints
                    ? `${verdict.checkpoints} checkpoints hold`
                    : 'no checkpoint to hold it against (start the server or run `iops audit checkpoint --out FILE`)'
                }`
              : `Audit log BROKEN: ${verdict.reason} (${verdict.checked} records before it verified)`,
          );
          if (!verdict.ok) process.exitCode = 3;
        },
        { createAuditKey: false },
      ),
    );

  audit
    .command('checkpoint')
    .description('Print a signed checkpoint of the log (newest record number, its hash, the time) for an operator to keep')
    .option('--out <file>', 'also append it to this file (JSON lines), e.g. one `iops audit verify --checkpoints` reads')
    .action((o: { out?: string }) =>
      withDatabase(
        async ({ db }, _wiring, { auditKey }) => {
          const checkpoint = await takeCheckpoint(db, auditKey);
          if (o.out) appendCheckpoint(o.out, checkpoint);
          process.stdout.write(`${JSON.stringify(checkpoint)}\n`);
        },
        { createAuditKey: false },
      ),
    );
}
