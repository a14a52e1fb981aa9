// Import directions of shared/design.md, checked by `npm run lint` (dependency-cruiser). Each rule says why.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'area-through-public-only',
      comment:
        'An area reads another only through its public.ts (schema, services and rules are private). ' +
        'src/areas/*.ts (the module list and its wiring) may also import each module.ts.',
      severity: 'error',
      from: { path: '^src/areas/([^/]+)/' },
      to: { path: '^src/areas/([^/]+)/', pathNot: ['^src/areas/$1/', '^src/areas/[^/]+/public\\.ts$'] },
    },
    {
      name: 'outside-areas-through-public-only',
      comment: 'The CLI, the demo data, the bench and the app use an area through its public.ts or module.ts only.',
      severity: 'error',
      from: { path: '^(src/cli|src/demo|bench|src/app\\.ts|src/main\\.ts|src/jobs\\.ts)' },
      to: { path: '^src/areas/[^/]+/', pathNot: ['^src/areas/[^/]+/(public|module)\\.ts$'] },
    },
    {
      name: 'platform-imports-no-area',
      comment: 'The platform is domain-free: what it needs from the areas is wired in (src/platform/wiring.ts).',
      severity: 'error',
      from: { path: '^src/platform/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(areas|demo|cli)/|^src/(app|main)\\.ts$' },
    },
    {
      name: 'platform-tests-use-the-wired-areas-only',
      comment: 'A platform test may build the real areas (src/areas/testing.ts, index.ts), nothing inside them.',
      severity: 'error',
      from: { path: '^src/platform/.+\\.test\\.ts$' },
      to: { path: '^src/areas/', pathNot: ['^src/areas/(testing|index|area-module)\\.ts$', '^src/areas/[^/]+/public\\.ts$'] },
    },
    {
      name: 'rules-are-pure',
      comment: 'A rule imports only types, other rules, the date helpers and other areas\u2019 public rules: no I/O, no services.',
      severity: 'error',
      from: { path: '^src/areas/[^/]+/(rules/|rules\\.ts$)', pathNot: '\\.test\\.ts$' },
      to: {
        dependencyTypesNot: ['type-only'],
        pathNot: [
          '^src/areas/[^/]+/(rules/|rules\\.ts$)',
          '^src/areas/[^/]+/public\\.ts$',
          '^src/platform/dates\\.ts$',
          'node_modules/date-fns',
        ],
      },
    },
    {
      name: 'routes-go-through-services',
      comment: 'Routes call services; they never touch tables (routes \u2192 service \u2192 rules/schema/platform).',
      severity: 'error',
      from: { path: '(^|/)[a-z-]*routes\\.ts$' },
      to: { path: '(^|/)schema\\.ts$' },
    },
    {
      name: 'services-do-not-import-routes',
      comment: 'Dependencies point one way: nothing but module.ts and the app imports routes.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['(^|/)module\\.ts$', '^src/app\\.ts$', '(^|/)[a-z-]*routes\\.ts$', '\\.test\\.ts$'] },
      to: { path: '(^|/)[a-z-]*routes\\.ts$' },
    },
    {
      name: 'web-platform-imports-no-area',
      comment: 'The web app mirrors the server: its platform knows no area.',
      severity: 'error',
      from: { path: '^web/src/platform/' },
      to: { path: '^web/src/areas/' },
    },
    {
      name: 'web-area-through-its-own-folder',
      comment: 'A screen of one area does not reach into another area\u2019s screens; shared parts live in web/src/platform.',
      severity: 'error',
      from: { path: '^web/src/areas/([^/]+)/' },
      to: { path: '^web/src/areas/([^/]+)/', pathNot: '^web/src/areas/$1/' },
    },
    {
      name: 'no-circular',
      comment: 'Cycles make start-up order fragile and boundaries meaningless.',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'], viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|data)/|openapi-schema\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
