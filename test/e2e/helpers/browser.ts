import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../../helpers/paths.js';
import { contrastRatio } from './contrast.js';

/**
 * Headless Debian chromium driven by playwright-core, with the flags the project's machines need
 * (docs/stack.md). Every page records requests that leave the loopback server: the UI must work on
 * an air-gapped machine, so any such request fails the test.
 */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS, headless: true });
}

export interface TestPage {
  page: Page;
  /** Requests to anywhere but the test server. */
  external: string[];
  /** Uncaught errors and console errors in the page. */
  errors: string[];
  shot: (name: string) => Promise<string>;
  dir: string;
}

/** A fresh screenshot folder, test-output/e2e/<test>/, printed so CI logs show where to look. */
export function screenshotDir(testName: string): string {
  const dir = join(ROOT, 'test-output', 'e2e', testName);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  console.log(`screenshots: ${dir}`);
  return dir;
}

/**
 * A page in its own browser context (its own sessionStorage: one signed-in person). Screenshots go to
 * `dir` (default: a fresh folder named after the test), prefixed with `who` when several people take
 * part in one test.
 */
export async function openPage(browser: Browser, baseUrl: string, testName: string, options: { dir?: string; who?: string } = {}): Promise<TestPage> {
  const dir = options.dir ?? screenshotDir(testName);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const external: string[] = [];
  const errors: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) external.push(u);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // Refused requests (401/403/404 the test provokes on purpose) are logged by chromium as errors too.
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) errors.push(m.text());
  });
  let n = 0;
  const shot = async (name: string) => {
    const file = join(dir, `${options.who ? `${options.who}-` : ''}${String(++n).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  };
  return { page, external, errors, shot, dir };
}

export async function signIn(page: Page, baseUrl: string, key: string): Promise<void> {
  await page.goto(baseUrl + '/');
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** Form controls on the page that no label names (a <label for>, aria-label or aria-labelledby). */
export async function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')]
      .filter((el) => el.type !== 'hidden')
      .filter((el) => !(el.labels && el.labels.length > 0) && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

/**
 * The contrast of each selected element's text against the first opaque background behind it. Returns
 * one entry per selector that matched, so a test can assert on every pair it names.
 */
export async function contrasts(page: Page, selectors: string[]): Promise<{ selector: string; fg: string; bg: string; ratio: number }[]> {
  // Written without inner named functions: tsx would wrap them in a __name() helper that does not
  // exist inside the page.
  const pairs = await page.evaluate((sels) =>
    sels.flatMap((selector) => {
      const el = document.querySelector(selector);
      if (!el) return [];
      let bg = 'rgb(255, 255, 255)';
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (c && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c)) {
          bg = c;
          break;
        }
      }
      return [{ selector, fg: getComputedStyle(el).color, bg }];
    }),
  selectors);
  return pairs.map((p) => ({ ...p, ratio: contrastRatio(p.fg, p.bg) }));
}
