// Browser-test harness: one IOPS server in-process on a fresh embedded database with demo data, and headless Chromium.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { createLogger, startServer } from '../src/main.ts';
import { loadConfig } from '../src/platform/config.ts';

export const DEMO_PASSWORD = 'iops-demo-password';
const CHROMIUM = '/usr/bin/chromium';
const WEB_INDEX = fileURLToPath(new URL('../web/dist/index.html', import.meta.url));

export interface Iops {
  url: string;
  browser: Browser;
  /** A fresh browser context (its own cookies) and page, with uncaught page errors collected. */
  newPage(): Promise<{ context: BrowserContext; page: Page; pageErrors: string[] }>;
  stop(): Promise<void>;
}

export async function startIops(): Promise<Iops> {
  if (!existsSync(WEB_INDEX)) {
    throw new Error(`The web UI is not built (${WEB_INDEX} is missing): run \`npm run build\` before the browser tests`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\` (the browser tests are never skipped)`);
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'iops-e2e-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: path.join(dataDir, 'data'), LOG_LEVEL: 'silent' });
  const server = await startServer(config, createLogger(config), { seedDemoIfEmpty: true });
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (error) {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const contexts: BrowserContext[] = [];
  return {
    url: server.url,
    browser,
    async newPage() {
      const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1400, height: 900 } });
      context.setDefaultTimeout(15_000);
      contexts.push(context);
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      // What the Content-Security-Policy blocks is a broken screen too (the browser only says so on the console).
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
      });
      return { context, page, pageErrors };
    },
    async stop() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the sign-in page, as a user would, and waits for the shell to show who is signed in. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD, start = '/'): Promise<void> {
  await page.goto(start);
  await see(page.getByRole('heading', { name: 'Sign in' }));
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await see(page.getByTestId('current-user'));
}

/** The screenshot directory for a human look at the UI (not asserted). */
export function screenshotPath(name: string): string {
  return path.join(tmpdir(), `iops-${name}.png`);
}

/** Waits until the locator is visible (web-first: retries until the timeout). */
export async function see(locator: Locator, timeout = 15_000): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator;
}

/** What axe-core reports as serious or critical on the page as it is now; `what` names the screen in the message. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const { source } = await import('axe-core');
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not apply to it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join('; ')}`,
      );
  });
  if (violations.length) throw new Error(`${what} is not accessible:\n${violations.join('\n')}`);
}

/** Calls the API from a signed-in page, with its session cookie and CSRF token, as the web client does. */
export async function apiCall(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const response = await fetch(`/api${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: response.status === 204 ? null : await response.json() };
    },
    { method, path, body },
  );
}
