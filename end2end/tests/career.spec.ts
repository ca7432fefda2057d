import { test, expect } from '@playwright/test';
import { demoAccounts, logIn, waitForHydration, watchConsole } from './helpers';

// The career simulator as an employee uses it: their own record today, two scenarios that end
// differently, recomputed in the browser with no request; the pejabat penilai reads it from
// the team page; an outsider is told it does not exist.

test('an employee sees where they stand and compares scenarios computed in the browser', async ({ page }) => {
  const console = watchConsole(page);
  const accounts = await demoAccounts(page);
  await logIn(page, accounts.get('pegawai')!);
  await page.goto('/karier');
  await waitForHydration(page);
  const today = page.getByTestId('career-today');
  await expect(today.getByTestId('career-golongan')).toHaveAttribute('data-golongan', /^I{1,3}V?\/[a-e]$/);
  // A KP date is the first of a month (six a year, Peraturan BKN 4/2023), after today.
  const nextKp = await today.getByTestId('career-next-kp').getAttribute('data-date');
  expect(nextKp).toMatch(/^\d{4}-\d{2}-01$/);
  expect(new Date(nextKp!).getTime()).toBeGreaterThan(Date.now() - 86_400_000);
  await expect(today.locator('.career-options > li').first()).toBeVisible();

  // Two scenarios from the start; every change recomputes here, without a request.
  const requests: string[] = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/api/')) requests.push(r.url()); });
  const cards = page.locator('.scenario.card');
  await expect(cards).toHaveCount(2);
  await cards.nth(0).getByTestId('scenario-predikat').selectOption('sangat_baik');
  await cards.nth(1).getByTestId('scenario-predikat').selectOption('butuh_perbaikan');
  const first = await cards.nth(0).getByTestId('scenario-final').getAttribute('data-golongan');
  const second = await cards.nth(1).getByTestId('scenario-final').getAttribute('data-golongan');
  expect(first, 'a better predikat plan ends higher').not.toEqual(second);
  // An event after retirement is refused by field, in the page's language.
  await cards.nth(0).getByTestId('event-date').fill('2099-01-01');
  await cards.nth(0).getByTestId('event-add').click();
  await expect(cards.nth(0).locator('.form-error')).toContainText('setelah pensiun');
  // Up to four scenarios, and the chart draws a line per scenario.
  await page.getByTestId('scenario-add').click();
  await page.getByTestId('scenario-add').click();
  await expect(cards).toHaveCount(4);
  await expect(page.getByTestId('scenario-add')).toBeDisabled();
  await expect(page.locator('.golongan-chart path.series')).toHaveCount(4);
  expect(requests, 'no request while scenarios recompute').toEqual([]);

  // The plan exports as a JSON file the employee keeps, and each timeline as CSV (no request).
  const json = await page.getByTestId('export-json').getAttribute('href');
  const plan = JSON.parse(decodeURIComponent(json!.split(',').slice(1).join(',')));
  expect(plan.format).toBe('prestasi-career-plan/1');
  expect(plan.scenarios).toHaveLength(4);
  expect(plan.scenarios[1].predikat_every_year).toBe('butuh_perbaikan');
  const csv = await cards.nth(0).getByTestId('export-csv').getAttribute('href');
  expect(decodeURIComponent(csv!)).toContain('date,kind,golongan,jenjang,angka_kredit,binding');

  // The drafts survive a reload (kept in the browser until saving to the server lands).
  await page.reload();
  await waitForHydration(page);
  await expect(cards).toHaveCount(4);
  await expect(cards.nth(1).getByTestId('scenario-predikat')).toHaveValue('butuh_perbaikan');
  console.assertNone();
});

test('the pejabat penilai reads a team member\'s career; the platform admin is told it does not exist', async ({ page }) => {
  const console = watchConsole(page, { expectedMissingDocument: /^\/karier\/\d+$/ });
  const accounts = await demoAccounts(page);
  await logIn(page, accounts.get('pejabat_penilai')!);
  await page.goto('/tim');
  await waitForHydration(page);
  const link = page.locator('a[href^="/karier/"]').first();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(href);
  await expect(page.locator('.career .notice').first()).toBeVisible();
  await page.getByTestId('logout').click();
  // Wait for the logout to finish: its late answer would clear the next login's cookie.
  await expect(page.locator('a.login-link')).toBeVisible();
  await logIn(page, accounts.get('platform_admin')!);
  const response = await page.goto(href);
  expect(response!.status()).toBe(404);
  console.assertNone();
});
