import { test, expect, type Request } from '@playwright/test';
import { watchConsole, waitForHydration } from './helpers';

test('the predikat simulator reacts to clicks after hydration without any network request', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('/simulasi/predikat');
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');

  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));

  const predikat = page.locator('#predikat');
  await expect(predikat).toHaveText('Baik');
  // Every cell of the matrix, chosen with the radio buttons.
  const cases: Array<[string, string, string]> = [
    ['di_atas_ekspektasi', 'di_atas_ekspektasi', 'Sangat Baik'],
    ['di_atas_ekspektasi', 'sesuai_ekspektasi', 'Baik'],
    ['di_atas_ekspektasi', 'di_bawah_ekspektasi', 'Kurang/Misconduct'],
    ['sesuai_ekspektasi', 'di_atas_ekspektasi', 'Baik'],
    ['sesuai_ekspektasi', 'di_bawah_ekspektasi', 'Kurang/Misconduct'],
    ['di_bawah_ekspektasi', 'di_bawah_ekspektasi', 'Sangat Kurang'],
    ['di_bawah_ekspektasi', 'sesuai_ekspektasi', 'Butuh Perbaikan'],
    ['di_bawah_ekspektasi', 'di_atas_ekspektasi', 'Butuh Perbaikan'],
    ['sesuai_ekspektasi', 'sesuai_ekspektasi', 'Baik'],
  ];
  for (const [hasil, perilaku, expected] of cases) {
    await page.locator(`input[name=hasil][value=${hasil}]`).click();
    await page.locator(`input[name=perilaku][value=${perilaku}]`).click();
    await expect(predikat, `${hasil} × ${perilaku}`).toHaveText(expected);
  }
  // A matrix cell selects both ratings at once; the explanation follows.
  await page.locator('table.matrix a[href*="hasil=di_atas_ekspektasi&perilaku=di_atas_ekspektasi"]').click();
  await expect(predikat).toHaveText('Sangat Baik');
  await expect(page.locator('input[name=hasil][value=di_atas_ekspektasi]')).toBeChecked();
  await expect(page.locator('.explanation')).toContainText('Rating hasil kerja «Di atas ekspektasi» dan rating perilaku kerja «Di atas ekspektasi» → predikat kinerja Sangat Baik');
  await expect(page).toHaveURL(/\/simulasi\/predikat$/);

  expect(requests.map((r) => r.url()), 'no request after hydration').toEqual([]);
  console.assertNone();
});

test('the language switch translates the page in place and persists across reloads', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('/simulasi/predikat?hasil=di_atas_ekspektasi&perilaku=di_atas_ekspektasi');
  await waitForHydration(page);
  await expect(page.locator('#predikat')).toHaveText('Sangat Baik');

  await page.locator('.lang-switch a[data-locale=en]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Predikat Simulator');
  await expect(page.locator('#predikat')).toHaveText('Sangat Baik (very good)');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Predikat Simulator');
  await expect(page.locator('.lang-switch a[data-locale=en]')).toHaveAttribute('aria-current', 'true');

  await page.locator('.lang-switch a[data-locale=id]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Simulasi Predikat Kinerja');
  console.assertNone();
});
