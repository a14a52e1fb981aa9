// Prints what the first page of the web app loads (the entry script and what index.html preloads, gzip-compressed)
// and fails above the limit: each area's pages load as their own chunks when first opened (web/src/app.tsx).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const LIMIT_BYTES = 250 * 1024;
const dist = path.resolve('web/dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const first = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const size = (file) => {
  const bytes = readFileSync(path.join(dist, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
let total = 0;
for (const file of first) {
  const { raw, gzip } = size(file);
  total += gzip;
  console.log(`  first page  ${file.padEnd(44)} ${kb(raw).padStart(10)} raw ${kb(gzip).padStart(10)} gzip`);
}
const chunks = readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js') && !first.includes(`/assets/${f}`));
const rest = chunks.reduce((sum, f) => sum + statSync(path.join(dist, 'assets', f)).size, 0);
console.log(`  first page JS: ${kb(total)} gzip (limit ${kb(LIMIT_BYTES)}); ${chunks.length} chunks loaded on demand, ${kb(rest)} raw`);
if (total > LIMIT_BYTES) {
  console.error(`The first page's JS is ${kb(total)} gzip, over the ${kb(LIMIT_BYTES)} limit: load more of it lazily.`);
  process.exit(1);
}
