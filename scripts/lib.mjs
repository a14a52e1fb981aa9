// Plain Node (no dependencies): these scripts run before `npm install` has.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function say(message) {
  process.stdout.write(`\x1b[1m▸ ${message}\x1b[0m\n`);
}

/** Runs a command in the repository, inheriting output; exits the script if it fails. */
export function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    process.stderr.write(`\n${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})\n`);
    process.exit(result.status || 1);
  }
}

export const quiet = (command, args) => spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** `npm ci` when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const installed = path.join(ROOT, 'node_modules', '.package-lock.json');
  if (mtime(installed) < mtime(path.join(ROOT, 'package-lock.json'))) {
    say('Installing dependencies (npm ci)');
    sh('npm', ['ci', '--no-fund', '--no-audit']);
  }
}

/** Builds the web UI when it has not been built or its sources changed since. */
export function ensureWebBuilt({ force = false } = {}) {
  const built = mtime(path.join(ROOT, 'web', 'dist', 'index.html'));
  const sources = Math.max(newestIn(path.join(ROOT, 'web', 'src')), mtime(path.join(ROOT, 'web', 'index.html')));
  if (force || built < sources) {
    say('Building the web UI');
    sh('npm', ['run', 'build', '--silent']);
  }
}

export const isRoot = () => process.getuid?.() === 0;

export function aptInstall(packages) {
  if (!isRoot()) {
    process.stderr.write(
      `Missing system packages: ${packages.join(' ')}. Install them (sudo apt-get install -y ${packages.join(' ')}) and run again.\n`,
    );
    process.exit(1);
  }
  say(`Installing ${packages.join(', ')} from Debian's packages`);
  sh('apt-get', ['update', '-qq']);
  sh('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** Starts a child that shares the terminal and passes on SIGINT/SIGTERM, exiting with its code. */
export function runForeground(command, args, options = {}) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
