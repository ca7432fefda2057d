import { expect, type Page, type ConsoleMessage } from '@playwright/test';

/** Collects console errors and uncaught exceptions; call `assertNone()` at the end of a test. */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(msg.text());
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
