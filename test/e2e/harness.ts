/**
 * Starts the real browser host (the built app, as `npm run start:browser` does) with a fresh data
 * folder, and opens it in Debian's Chromium through playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { within } from '../helpers/patience';

export const ARTIFACTS = path.resolve('test-artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface HostProcess {
  url: string;
  /** Calls the embedded sandbox's control API (faults, holders), as a rehearsal script would. */
  control(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  origin: string;
  dataDir: string;
  child: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function startHost(
  args: string[] = [],
  dataDir?: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<HostProcess> {
  const dir = dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'kc-e2e-'));
  const child = spawn(process.execPath, ['out/main/browser-host.js', '--data-dir', dir, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`browser host did not start:\n${output}`)),
      within(20_000),
    );
    const check = () => {
      const match = /open (http:\/\/127\.0\.0\.1:\d+\/\?kc_token=\S+)/.exec(output);
      if (match && /offline sandbox control: /.test(output)) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`browser host exited with ${code}:\n${output}`)));
  });
  const sandbox = /offline sandbox control: (\S+) token (\S+)/.exec(output);
  return {
    url,
    async control(method, p, body) {
      if (!sandbox) throw new Error('the browser host printed no sandbox control line');
      const res = await fetch(`${sandbox[1]}${p}`, {
        method,
        headers: { Authorization: `Bearer ${sandbox[2]}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as unknown };
    },
    origin: new URL(url).origin,
    dataDir: dir,
    child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill(signal);
        await exited;
      }
      if (!dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
}

/** `locale`: the system language the browser reports (navigator.languages), as an officer's system would. */
export async function openApp(browser: Browser, host: HostProcess, locale?: string): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  const page = await context.newPage();
  page.setDefaultTimeout(within(15_000));
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(host.url);
  return { context, page, consoleErrors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

const AXE_SOURCE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page (WCAG 2.0/2.1 A and AA rules). page.evaluate is not subject to the page's
 * CSP, so the strict policy stays as it is.
 */
export async function axeViolations(
  page: Page,
): Promise<Array<{ id: string; impact: string | null; nodes: string[] }>> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{
            violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

export interface HostedApp {
  host: HostProcess;
  browser: Browser;
  session: Session;
}

/**
 * One browser host, one Chromium and one page for a test file: started before its tests, stopped
 * after them. `hostArgs` go to the browser host (e.g. the sandbox's timings).
 */
export function hostedApp(
  hostArgs: string[] = [],
  afterOpen?: (app: HostedApp) => Promise<void>,
  options: { locale?: string } = {},
): HostedApp {
  const app = {} as HostedApp;
  beforeAll(async () => {
    // The host reads its system's language from its environment, as a desktop reads the system's.
    const posix = options.locale ? `${options.locale.replace('-', '_')}.UTF-8` : 'C.UTF-8';
    app.host = await startHost(hostArgs, undefined, { ...process.env, LC_ALL: posix, LANG: posix });
    app.browser = await launchBrowser();
    app.session = await openApp(app.browser, app.host, options.locale);
    await afterOpen?.(app);
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.host?.stop();
  });
  return app;
}
