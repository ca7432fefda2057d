import { expect, type Page, type ConsoleMessage } from '@playwright/test';

/** Collects console errors and uncaught exceptions; call `assertNone()` at the end of a test. */
export function watchConsole(page: Page, options: { expectedMissingDocument?: string | RegExp } = {}) {
  const errors: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() !== 'error') return;
    // A 404 page is itself reported as a failed load of the document; nothing else may be.
    const url = msg.location().url;
    const expected = options.expectedMissingDocument;
    const path = url ? new URL(url).pathname : '';
    const matches = typeof expected === 'string' ? path === expected : expected?.test(path);
    if (matches && msg.text().includes('404')) return;
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
