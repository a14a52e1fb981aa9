import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './app.ts';

describe('OpenAPI document', () => {
  it('matches the committed openapi.json (run `npm run openapi` after changing a route, and commit it)', () => {
    const committed = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
    expect(JSON.parse(JSON.stringify(openApiDocument()))).toEqual(committed);
  });

  it('is OpenAPI 3.1 and documents the interfaces other tools rely on', () => {
    const doc = openApiDocument();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths ?? {})).toEqual(
      expect.arrayContaining(['/health', '/countries', '/countries/{code}', '/audit', '/users', '/auth/sign-in']),
    );
  });
});

describe('web client types', () => {
  it('are generated from the committed openapi.json (run `npm run openapi`)', async () => {
    const { default: openapiTS, astToString } = await import('openapi-typescript');
    const document = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
    const generated = astToString(await openapiTS(document));
    const committed = readFileSync(new URL('../web/src/api/openapi-schema.d.ts', import.meta.url), 'utf8');
    const body = (text: string) => text.replace(/^\/\*\*[\s\S]*?\*\/\s*/, '').trim();
    expect(body(committed)).toBe(body(generated));
  }, 60_000);
});
