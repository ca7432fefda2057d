import { test, expect } from '@playwright/test';
import { demoAccounts, logIn, waitForHydration, watchConsole } from './helpers';

// The bundle is split by route: the first page loads only the main module, and a lazily loaded
// route fetches its chunk when it is first shown, by in-app navigation or on a direct load.
test('the first page loads only the main module; the career route brings its chunk', async ({ page }) => {
  const console = watchConsole(page);
  const wasm: string[] = [];
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.wasm')) wasm.push(path.split('/').pop()!);
  });
  await page.goto('/');
  await waitForHydration(page);
  expect(wasm, 'the home page loads the main module alone').toEqual(['prestasi.wasm']);

  const accounts = await demoAccounts(page);
  await logIn(page, accounts.get('pegawai')!);
  wasm.length = 0;
  await page.goto('/');
  await waitForHydration(page);
  await page.locator('a[href="/karier"]').first().click();
  await expect(page.locator('.scenario.card')).toHaveCount(2);
  expect(wasm.some((f) => f.startsWith('split___career_route_view')), wasm.join(', ')).toBe(true);

  // Opened directly, the route hydrates once its chunk is in.
  wasm.length = 0;
  await page.goto('/karier');
  await waitForHydration(page);
  expect(wasm.some((f) => f.startsWith('split___career_route_view')), wasm.join(', ')).toBe(true);
  await page.locator('.scenario.card').first().getByTestId('scenario-predikat').selectOption('sangat_baik');
  await expect(page.locator('.scenario.card').first().getByTestId('scenario-final')).toBeVisible();
  console.assertNone();
});
