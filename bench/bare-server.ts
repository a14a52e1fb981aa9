// A bare Hono server answering each captured path with the JSON the IOPS API gave for it: the framework's own ceiling
// for the same bytes. `tsx bench/bare-server.ts <port> <bodies.json>` (bodies: { "/api/…": "<json text>" }).
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const [port, file] = process.argv.slice(2);
const bodies = JSON.parse(readFileSync(file!, 'utf8')) as Record<string, string>;
const app = new Hono();
app.get('*', (c) => {
  const url = new URL(c.req.url);
  const body = bodies[url.pathname + url.search];
  return body === undefined ? c.text('not captured', 404) : c.body(body, 200, { 'content-type': 'application/json' });
});
serve({ fetch: app.fetch, port: Number(port), hostname: '127.0.0.1' }, () => process.stdout.write('listening\n'));
