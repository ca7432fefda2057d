import { expect, type Page, type ConsoleMessage } from '@playwright/test';

/** Collects console errors and uncaught exceptions; call `assertNone()` at the end of a test. */
/**
 * `expectedRefusals`: API paths whose refusals (4xx answers to a bad or stale form) the test
 * provokes on purpose; the browser logs those as failed loads. A 5xx is never expected.
 */
export function watchConsole(
  page: Page,
  options: { expectedMissingDocument?: string | RegExp; expectedRefusals?: RegExp } = {},
) {
  const errors: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() !== 'error') return;
    // A 404 page is itself reported as a failed load of the document; nothing else may be.
    const url = msg.location().url;
    const expected = options.expectedMissingDocument;
    const path = url ? new URL(url).pathname : '';
    const matches = typeof expected === 'string' ? path === expected : expected?.test(path);
    if (matches && msg.text().includes('404')) return;
    const refusal = /status of 4\d\d/.test(msg.text());
    if (refusal && options.expectedRefusals?.test(path)) return;
    errors.push(`${msg.text()} (${url})`);
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return {
    errors,
    assertNone: () => expect(errors, errors.join('\n')).toEqual([]),
  };
}

/** Wait until the WebAssembly bundle has hydrated the page (the entry point sets the marker). */
export async function waitForHydration(page: Page) {
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
}

export const DEMO_PASSWORD = 'prestasi-demo-2026';

/** The demo accounts as the login page lists them (demo mode): role → identifier. */
export async function demoAccounts(page: Page): Promise<Map<string, string>> {
  await page.goto('/masuk');
  await waitForHydration(page);
  const rows = page.locator('.demo-accounts tr[data-role]');
  await expect(rows).toHaveCount(6);
  const accounts = new Map<string, string>();
  // Employees by their NIP (which tables show and forms take), the others by username.
  for (const row of await rows.all()) {
    const nip = row.locator('[data-nip]');
    const id = (await nip.count()) > 0 ? await nip.getAttribute('data-nip') : await row.locator('code').textContent();
    accounts.set((await row.getAttribute('data-role'))!, id!.trim());
  }
  return accounts;
}

export async function logIn(page: Page, identifier: string) {
  await page.goto('/masuk');
  await waitForHydration(page);
  await page.locator('input[name=identifier]').fill(identifier);
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByTestId('logout')).toBeVisible();
}


/**
 * Presses Tab until the focused element matches `selector` (at most `limit` presses): a control
 * reached the way a keyboard user reaches it.
 */
export async function tabTo(page: Page, selector: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} not reached with ${limit} presses of Tab`);
}
