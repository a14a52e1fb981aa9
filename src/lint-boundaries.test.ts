import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The boundaries of shared/design.md are enforced by `npm run lint` (dependency-cruiser, .dependency-cruiser.cjs).
// This proves the linter catches them: deliberate violations are written into the tree, cruised with the project's
// configuration, and always removed again.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

interface Probe {
  file: string;
  source: string;
  /** The rule the probe must break; null for a control probe that must break none. */
  rule: string | null;
}

/** A service of the eum area to import from its rules (whatever the area's service files are called today). */
const eumService = readdirSync(path.join(ROOT, 'src/areas/eum')).find((f) => /-service\.ts$/.test(f));

const PROBES: Probe[] = [
  {
    file: 'src/areas/eum/__lint-probe-schema__.ts',
    source: "import { cases } from '../cases/schema.ts';\n\nexport const probe = cases;\n",
    rule: 'area-through-public-only',
  },
  {
    file: 'src/platform/__lint-probe-area__.ts',
    source: "import { AREA_MODULES } from '../areas/index.ts';\n\nexport const probe = AREA_MODULES;\n",
    rule: 'platform-imports-no-area',
  },
  {
    file: 'src/areas/eum/rules/__lint-probe-service__.ts',
    source: `import * as service from '../${eumService}';\n\nexport const probe = service;\n`,
    rule: 'rules-are-pure',
  },
  {
    // The control: the same import through cases' public.ts is allowed, so the rule is not simply failing everything.
    file: 'src/areas/eum/__lint-probe-public__.ts',
    source: "import { caseRecords } from '../cases/public.ts';\n\nexport const probe = caseRecords;\n",
    rule: null,
  },
];

/** `error <rule>: <from> → <to>` lines of dependency-cruiser's `err` output, as [rule, from]. */
function violations(output: string): { rule: string; from: string }[] {
  return [...output.matchAll(/^\s*error ([\w-]+): (\S+)/gm)].map((m) => ({ rule: m[1]!, from: m[2]! }));
}

describe('the linter enforces the boundaries', () => {
  it('fails on a cross-area schema import, a platform → area import and a rule importing a service', async () => {
    expect(eumService, 'the eum area has a *-service.ts to import').toBeDefined();
    let result: { code: number; output: string };
    try {
      for (const probe of PROBES) writeFileSync(path.join(ROOT, probe.file), probe.source);
      result = await run(
        path.join(ROOT, 'node_modules/.bin/depcruise'),
        [...PROBES.map((p) => p.file), '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
        { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      ).then(
        ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
        (error: { code?: number; stdout?: string; stderr?: string }) => ({
          code: typeof error.code === 'number' ? error.code : 1,
          output: `${error.stdout ?? ''}${error.stderr ?? ''}`,
        }),
      );
    } finally {
      for (const probe of PROBES) rmSync(path.join(ROOT, probe.file), { force: true });
    }
    expect(result.code, `depcruise must fail (non-zero exit):\n${result.output}`).toBeGreaterThan(0);
    const found = violations(result.output);
    for (const probe of PROBES) {
      const rules = found.filter((v) => v.from === probe.file).map((v) => v.rule);
      if (probe.rule) expect(rules, `${probe.file} breaks ${probe.rule}\n${result.output}`).toContain(probe.rule);
      else expect(rules, `${probe.file} breaks no rule`).toEqual([]);
    }
  }, 60_000);

  it("finds no import of an area's schema.ts outside that area (other areas go through its public.ts)", () => {
    const offending: string[] = [];
    for (const file of sourceFiles(['src', 'bench', 'e2e', 'web/src'])) {
      if (file.includes('__lint-probe')) continue;
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      for (const [, specifier] of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)) {
        if (!specifier!.startsWith('.')) continue;
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier!));
        const area = /^src\/areas\/([^/]+)\/schema\.ts$/.exec(target)?.[1];
        if (!area) continue;
        // The area's own files, and src/db/schema.ts, which gathers every table for Drizzle and its migrations.
        if (file.startsWith(`src/areas/${area}/`) || file === 'src/db/schema.ts') continue;
        offending.push(`${file} imports ${target}`);
      }
    }
    expect(offending).toEqual([]);
  });
});

function sourceFiles(dirs: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (/\.(ts|tsx|mts|mjs|js)$/.test(entry.name)) files.push(rel);
    }
  };
  for (const dir of dirs) walk(dir);
  return files;
}
