import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
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
  /** A full-page screenshot, or of one part of the page (a panel) when `of` is given. */
  shot: (name: string, of?: Locator) => Promise<string>;
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
  const shot = async (name: string, of?: Locator) => {
    const file = join(dir, `${options.who ? `${options.who}-` : ''}${String(++n).padStart(2, '0')}-${name}.png`);
    if (of) await of.screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: true });
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

/**
 * Controls the keyboard cannot reach: press Tab from the top of the page until focus comes back
 * round (or `maxTabs`), and return the visible, enabled controls (links, buttons, inputs, selects,
 * textareas, summaries, anything with tabindex >= 0) that focus never landed on. Rows of a queue with
 * a roving tabindex (-1) are reached with the arrow keys instead, so tabindex=-1 is left out, and a
 * radio group counts as one stop, as browsers make it.
 */
export async function unreachableByKeyboard(page: Page, maxTabs = 400): Promise<string[]> {
  const total = await page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
    const all = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
      const r = el.getBoundingClientRect();
      const hidden = r.width === 0 && r.height === 0;
      const disabled = (el as HTMLButtonElement).disabled === true;
      // Inside a closed <details> only its summary is shown (and reachable).
      const folded = el.tagName !== 'SUMMARY' && el.closest('details:not([open])') !== null;
      return !hidden && !disabled && !folded && el.tabIndex >= 0 && el.closest('[inert]') === null;
    });
    // A radio group is one stop for Tab (arrows move inside it): its buttons share one index.
    const groups = new Map<string, number>();
    all.forEach((el, i) => {
      const radio = el instanceof HTMLInputElement && el.type === 'radio' && el.name ? `radio:${el.name}` : null;
      if (radio && !groups.has(radio)) groups.set(radio, i);
      el.setAttribute('data-kb-index', String(radio ? groups.get(radio) : i));
    });
    (document.activeElement as HTMLElement | null)?.blur();
    return all.length;
  });
  const reached = new Set<string>();
  const stops = await page.evaluate(() => new Set([...document.querySelectorAll('[data-kb-index]')].map((e) => e.getAttribute('data-kb-index'))).size);
  for (let i = 0; i < maxTabs && reached.size < Math.min(total, stops); i++) {
    await page.keyboard.press('Tab');
    const idx = await page.evaluate(() => document.activeElement?.getAttribute('data-kb-index') ?? null);
    if (idx !== null) reached.add(idx);
  }
  return page.evaluate(
    (seen) =>
      [...document.querySelectorAll<HTMLElement>('[data-kb-index]')]
        .filter((el) => !seen.includes(el.getAttribute('data-kb-index')!))
        .map((el) => el.outerHTML.slice(0, 120)),
    [...reached],
  );
}
