import { writeFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { eq } from 'drizzle-orm';
import { openApiDocument } from '../app.ts';
import { listPartners } from '../areas/countries/public.ts';
import { AlreadySeededError, seedDemo } from '../demo/seed.ts';
import { DEMO_PASSWORD } from '../demo/users.ts';
import { createLogger, refreshMarkings } from '../main.ts';
import { SYSTEM_PRINCIPAL } from '../platform/access/policy.ts';
import { DIRECTORATES, type Directorate, ROLES, type Role } from '../platform/access/roles.ts';
import { principalOf } from '../platform/auth/principal.ts';
import { createApiToken } from '../platform/auth/service.ts';
import { ConfigError, loadConfig } from '../platform/config.ts';
import { AppError } from '../platform/http/errors.ts';
import { users } from '../platform/users/schema.ts';
import { createUser, listUsers, resetPassword } from '../platform/users/service.ts';
import { addAuditCommands } from './audit.ts';
import { backup, restore } from './backup.ts';
import { print, withDatabase } from './context.ts';
import { addEdaCommands } from './eda.ts';
import { addEumCommands } from './eum.ts';
import { addLeaseCommands } from './leases.ts';
import { addNotificationCommands } from './notifications.ts';
import { addPartnerCommands } from './partners.ts';
import { addServeCommands } from './serve.ts';

const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
const integer = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('not an integer');
  return n;
};

const program = new Command('iops')
  .description(
    'IOPS: security cooperation operations. Configuration comes from the environment: PORT, HOST, DATA_DIR, DATABASE_URL, LOG_LEVEL, AUDIT_HMAC_KEY, AUDIT_KEY_FILE, AUDIT_CHECKPOINT_FILE.',
  )
  .showHelpAfterError();

addServeCommands(program);

program
  .command('migrate')
  .description('Apply pending database migrations and exit')
  .action(() =>
    withDatabase(async (database, wiring) => {
      await refreshMarkings(database, wiring, createLogger({ LOG_LEVEL: 'silent' }));
      print(null, false, () => `Migrations applied (${database.location})`);
    }),
  );

program
  .command('seed-demo')
  .description('Load the deterministic demo or benchmark dataset into an empty database')
  .addOption(new Option('--size <size>', 'how much data').choices(['demo', 'bench']).default('demo'))
  .option('--seed <n>', 'random seed; the same seed gives the same data', integer, 1)
  .action((options: { size: 'demo' | 'bench'; seed: number }) =>
    withDatabase(async ({ db }, wiring) => {
      const result = await seedDemo(db, wiring, options);
      print(
        result,
        false,
        () => `Loaded ${options.size} data (seed ${options.seed}): ${result.users} users. Sign in as admin / ${DEMO_PASSWORD}`,
      );
    }),
  );

const usersCommand = program.command('users').description('Manage user accounts');
usersCommand
  .command('add <username>')
  .description('Create a user')
  .requiredOption('--name <display name>', 'full name')
  .requiredOption('--roles <roles>', `comma-separated: ${ROLES.join(', ')}`, list)
  .requiredOption('--password <password>', 'initial password (at least 12 characters)')
  .option('--email <email>', 'e-mail address')
  .option('--directorates <list>', `comma-separated (${DIRECTORATES.join(', ')}) or "all"`, 'all')
  .option('--countries <list>', 'comma-separated customer codes or "all"', 'all')
  .option('--json', 'print JSON')
  .action(
    (
      username: string,
      o: { name: string; roles: string[]; password: string; email?: string; directorates: string; countries: string; json?: boolean },
    ) =>
      withDatabase(async ({ db }, wiring) => {
        const user = await createUser(db, wiring.partners, SYSTEM_PRINCIPAL, {
          username,
          displayName: o.name,
          email: o.email ?? null,
          password: o.password,
          roles: o.roles as Role[],
          allDirectorates: o.directorates === 'all',
          directorates: o.directorates === 'all' ? [] : (list(o.directorates) as Directorate[]),
          allCountries: o.countries === 'all',
          countries: o.countries === 'all' ? [] : list(o.countries),
        });
        print(user, !!o.json, () => `Created ${user.username} (${user.roles.join(', ')})`);
      }),
  );
usersCommand
  .command('list')
  .description('List users')
  .option('--json', 'print JSON')
  .action((o: { json?: boolean }) =>
    withDatabase(async ({ db }) => {
      const all = await listUsers(db, SYSTEM_PRINCIPAL);
      print(all, !!o.json, () =>
        all
          .map(
            (u) =>
              `${u.username.padEnd(28)} ${u.roles.join(',').padEnd(30)} ${u.allCountries ? 'all partners' : u.countries.join(',') || 'no partners'}${u.active ? '' : '  (inactive)'}${u.locked ? '  (locked)' : ''}`,
          )
          .join('\n'),
      );
    }),
  );
usersCommand
  .command('reset-password <username>')
  .description("Set a new password (ends the user's sessions and lifts a lock-out)")
  .requiredOption('--password <password>', 'the new password (at least 12 characters)')
  .option('--no-must-change', 'do not ask the user to change it at next sign-in')
  .action((username: string, o: { password: string; mustChange: boolean }) =>
    withDatabase(async ({ db }) => {
      await resetPassword(db, SYSTEM_PRINCIPAL, username, o.password, o.mustChange);
      print(null, false, () => `Password of ${username} reset`);
    }),
  );

program
  .command('tokens')
  .description('Personal API tokens')
  .command('create <username>')
  .description('Create a personal API token for a user; the secret is printed once')
  .requiredOption('--name <name>', 'what the token is for')
  .option('--expires <date>', 'ISO date after which the token stops working')
  .option('--json', 'print JSON')
  .action((username: string, o: { name: string; expires?: string; json?: boolean }) =>
    withDatabase(async ({ db }) => {
      const [user] = await db.select().from(users).where(eq(users.username, username));
      if (!user) throw new AppError(404, 'not_found', `User ${username} not found`);
      const created = await createApiToken(db, principalOf(user, 'system'), {
        name: o.name,
        expiresAt: o.expires ? new Date(o.expires) : null,
      });
      print(created, !!o.json, () => `Token for ${username} (${o.name}); store it now, it is not shown again:\n${created.token}`);
    }),
  );

addAuditCommands(program);

program
  .command('countries')
  .description('Partner countries and organisations')
  .command('list')
  .description('List partners with customer code, ISO code, name and current groups')
  .option('--json', 'print JSON')
  .option('--group <code>', 'only members of this group today (e.g. NATO, AECA_36B_ALLIES)')
  .action((o: { json?: boolean; group?: string }) =>
    withDatabase(async ({ db }) => {
      const page = await listPartners(db, SYSTEM_PRINCIPAL, { sort: 'code', limit: 1000, ...(o.group ? { group: o.group } : {}) });
      print(page.items, !!o.json, () =>
        page.items.map((p) => `${p.code}  ${(p.iso2 ?? '--').padEnd(3)} ${p.name.padEnd(50)} ${p.groups.join(',')}`).join('\n'),
      );
    }),
  );

addNotificationCommands(program);
addEumCommands(program);
addLeaseCommands(program);
addEdaCommands(program);
addPartnerCommands(program);

program
  .command('backup <file>')
  .description(
    'Back up the database: the embedded data directory as a tarball, or pg_dump when DATABASE_URL is set (stop the server first when embedded)',
  )
  .action(async (file: string) => {
    process.stdout.write(`${await backup(loadConfig(), file)}\n`);
  });

program
  .command('restore <file>')
  .description('Restore a backup made by `iops backup` (embedded: replaces DATA_DIR; PostgreSQL: pg_restore --clean)')
  .option('--force', 'replace an existing embedded data directory')
  .action(async (file: string, o: { force?: boolean }) => {
    process.stdout.write(`${await restore(loadConfig(), file, { force: !!o.force })}\n`);
  });

program
  .command('openapi')
  .description('Print the OpenAPI 3.1 document, or write it to a file')
  .option('--write <file>', 'write to this file (the committed openapi.json)')
  .action((o: { write?: string }) => {
    const text = `${JSON.stringify(openApiDocument(), null, 2)}\n`;
    if (o.write) writeFileSync(o.write, text);
    else process.stdout.write(text);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof AppError) {
    process.stderr.write(`iops: ${error.message}\n${(error.fields ?? []).map((f) => `  ${f.path}: ${f.message}\n`).join('')}`);
  } else if (error instanceof ConfigError || error instanceof AlreadySeededError) {
    process.stderr.write(`iops: ${error.message}\n`);
  } else {
    process.stderr.write(`iops: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
