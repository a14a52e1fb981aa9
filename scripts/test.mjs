// `npm test`: the whole suite (types, rules, services on PGlite and PostgreSQL, CLI, browser), installing or
// starting what it needs: npm packages, Debian's chromium, and a PostgreSQL server. Nothing is skipped.
import { existsSync, readdirSync } from 'node:fs';
import { aptInstall, ensureDependencies, ensureWebBuilt, quiet, say, sh } from './lib.mjs';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';

ensureDependencies();

if (!existsSync('/usr/bin/chromium')) aptInstall(['chromium']);

const env = { ...process.env };
env.TEST_DATABASE_URL = await ensurePostgres(process.env.TEST_DATABASE_URL ?? DEFAULT_URL);

say('Lint (format, boundaries) and type checks');
sh('npm', ['run', 'lint', '--silent']);
ensureWebBuilt({ force: true });
say('Web bundle: what the first page loads');
sh('node', ['scripts/bundle-size.mjs']);
say(`Running the test suite (PostgreSQL: ${env.TEST_DATABASE_URL.replace(/:[^:@/]+@/, ':***@')})`);
sh('npx', ['vitest', 'run', ...process.argv.slice(2)], { env });

/** Returns a URL of a reachable server with the test database, starting or installing PostgreSQL if needed. */
async function ensurePostgres(url) {
  const pg = (await import('pg')).default;
  const reachable = async (target) => {
    const client = new pg.Client({ connectionString: target, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch (error) {
      return error.code === '3D000' ? 'no-database' : false;
    }
  };
  let state = await reachable(url);
  if (state === true) return url;
  if (process.env.TEST_DATABASE_URL) {
    throw new Error(`TEST_DATABASE_URL ${url} is not reachable; fix it or unset it to let the test command start a local server`);
  }
  if (state === false) {
    if (!existsSync('/etc/postgresql')) aptInstall(['postgresql']);
    const version = readdirSync('/etc/postgresql')[0];
    say(`Starting PostgreSQL ${version}`);
    sh('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start']);
  }
  // A freshly installed Debian server takes no password-less TCP logins: give the postgres role a test password.
  for (const candidate of [url, 'postgres://postgres:iops-test@127.0.0.1:5432/test']) {
    state = await reachable(candidate);
    if (state === 'no-database') {
      quiet('su', ['postgres', '-c', 'createdb test']);
      state = await reachable(candidate);
    }
    if (state === true) return candidate;
    quiet('su', ['postgres', '-c', `psql -c "alter role postgres password 'iops-test'"`]);
  }
  throw new Error('Could not reach or start a PostgreSQL server for the database tests; they are never skipped');
}
