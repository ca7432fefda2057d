import { test, expect } from '@playwright/test';
import { watchConsole, waitForHydration } from './helpers';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page is server-rendered in Indonesian', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Karier yang mengikuti kinerja');
    await expect(page.getByRole('link', { name: 'Coba Simulasi Predikat' })).toBeVisible();
    await expect(page.locator('body')).not.toHaveAttribute('data-hydrated', 'true');
  });

  test('the simulator still works as a plain form', async ({ page }) => {
    await page.goto('/simulasi/predikat');
    await expect(page.locator('#predikat')).toHaveText('Baik');
    await page.locator('input[name=hasil][value=di_atas_ekspektasi]').check();
    await page.locator('input[name=perilaku][value=di_atas_ekspektasi]').check();
    await page.getByRole('button', { name: 'Hitung' }).click();
    await expect(page).toHaveURL(/hasil=di_atas_ekspektasi&perilaku=di_atas_ekspektasi/);
    await expect(page.locator('#predikat')).toHaveText('Sangat Baik');
  });

  test('the language switch works through the server route', async ({ page }) => {
    await page.goto('/simulasi/predikat');
    await page.locator('.lang-switch a[data-locale=en]').click();
    await expect(page).toHaveURL(/\/simulasi\/predikat$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Predikat Simulator');
  });
});

test('the home page hydrates without console errors', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('/');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Karier yang mengikuti kinerja');
  console.assertNone();
});

test('an unknown address shows the translated 404 page', async ({ page }) => {
  const console = watchConsole(page, { expectedMissingDocument: '/halaman/yang-tidak-ada' });
  const response = await page.goto('/halaman/yang-tidak-ada');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
  await waitForHydration(page);
  await page.locator('.lang-switch a[data-locale=en]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.locator('.lang-switch a[data-locale=id]').click();
  console.assertNone();
});

test('a bad simulator value shows a translated error, not a crash', async ({ page }) => {
  const response = await page.goto('/simulasi/predikat?hasil=luar_biasa');
  expect(response?.status()).toBe(400);
  await expect(page.locator('.error-message')).toContainText('Nilai tidak ada atau tidak valid untuk `hasil`');
});

test('every menu link opens a page, also on a small phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await waitForHydration(page);
  const menu = page.locator('.nav-details');
  await menu.locator('summary').click();
  const links = await menu.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links.length).toBeGreaterThanOrEqual(3);
  for (const href of links) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
  }
  // The layout fits the phone: no horizontal scrolling, on the home page and the simulator.
  for (const path of ['/', '/simulasi/predikat']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
