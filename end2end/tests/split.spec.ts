import { test, expect } from '@playwright/test';
import { demoAccounts, logIn, waitForHydration, watchConsole } from './helpers';

// The bundle is split by feature: the first page loads only the main module, and a lazily
// loaded page fetches its feature's chunk (with the pack of small shared chunks) when it is
// first shown, by in-app navigation or on a direct load.
test("the first page loads only the main module; a feature's page brings its chunk", async ({ page }) => {
  const console = watchConsole(page);
  const wasm: string[] = [];
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.wasm') || path.endsWith('.pack')) wasm.push(path.split('/').pop()!);
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
  expect(wasm.some((f) => f.startsWith('split_career_pages_')), wasm.join(', ')).toBe(true);

  // Opened directly, the route hydrates once its chunk is in.
  wasm.length = 0;
  await page.goto('/karier');
  await waitForHydration(page);
  expect(wasm.some((f) => f.startsWith('split_career_pages_')), wasm.join(', ')).toBe(true);
  await page.locator('.scenario.card').first().getByTestId('scenario-predikat').selectOption('sangat_baik');
  await expect(page.locator('.scenario.card').first().getByTestId('scenario-final')).toBeVisible();

  // Another feature's page brings its own chunk, not the career simulator's.
  wasm.length = 0;
  await page.goto('/tugas');
  await waitForHydration(page);
  expect(wasm.some((f) => f.startsWith('split_tasks_pages_')), wasm.join(', ')).toBe(true);
  expect(wasm.some((f) => f.startsWith('split_career_pages_')), wasm.join(', ')).toBe(false);
  console.assertNone();
});
