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
  // The saved scenarios load once the page is live; from then on nothing is asked of the server.
  await expect(page.locator('[data-testid=saved-none], [data-testid=saved-scenario]').first()).toBeVisible();

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

test('an employee weighs the odds in the browser, saves and shares a scenario; the penilai comments on it', async ({ page, context }) => {
  const console = watchConsole(page);
  const accounts = await demoAccounts(page);
  await logIn(page, accounts.get('pegawai')!);
  await page.goto('/karier');
  await waitForHydration(page);
  const owner = await page.locator('article.career').getAttribute('data-employee');
  await expect(page.locator('[data-testid=saved-none], [data-testid=saved-scenario]').first()).toBeVisible();
  const requests: string[] = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/api/')) requests.push(r.url()); });

  // Monte Carlo in slices: a progress bar, a cancel that keeps what was computed, and a changed
  // input that starts the run anew. No request while it computes.
  const odds = page.getByTestId('career-odds');
  await odds.getByTestId('odds-runs').selectOption('50000');
  // A cheap phone's CPU (20× slower): 50,000 careers take seconds, so the cancel lands while
  // the run is still going however fast this machine is.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await odds.getByTestId('odds-run').click();
  await expect(odds.getByTestId('odds-progress')).toBeVisible();
  await odds.getByTestId('odds-cancel').click();
  const result = odds.getByTestId('odds-result');
  await expect(result).toHaveAttribute('data-cancelled', 'true');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const partial = Number(await result.getAttribute('data-runs'));
  expect(partial).toBeGreaterThan(0);
  expect(partial).toBeLessThan(50_000);
  await odds.getByTestId('odds-runs').selectOption('10000');
  await expect(result).toHaveAttribute('data-runs', '10000');
  await expect(result).toHaveAttribute('data-cancelled', 'false');
  const probabilities = await result.locator('table').first().locator('td[data-probability]').evaluateAll(
    (cells) => cells.map((c) => Number(c.getAttribute('data-probability'))));
  expect(probabilities.length).toBeGreaterThan(0);
  for (let i = 1; i < probabilities.length; i++) {
    expect(probabilities[i], 'a higher golongan is never more likely').toBeLessThanOrEqual(probabilities[i - 1]);
  }
  expect(probabilities.every((p) => p >= 0 && p <= 1)).toBe(true);
  // A scenario's events change the odds' input, which recomputes by itself.
  await odds.getByTestId('odds-source').selectOption('optimistic');
  await expect(result).toHaveAttribute('data-cancelled', 'false');
  expect(requests, 'no request while the odds compute').toEqual([]);

  // A per-year plan: this year and the next years each with their own predikat.
  const cards = page.locator('.scenario.card');
  await cards.nth(0).getByTestId('per-year').check();
  await expect(cards.nth(0).getByTestId('per-year-predikat')).toHaveCount(5);
  await cards.nth(0).getByTestId('per-year-predikat').nth(0).selectOption('sangat_baik');
  await cards.nth(0).getByTestId('per-year-add').click();
  await expect(cards.nth(0).getByTestId('per-year-predikat')).toHaveCount(6);

  // Saved to the server; a double click saves once.
  await cards.nth(0).locator('input[maxlength="60"]').fill('Jalur cepat');
  await cards.nth(0).getByTestId('scenario-save').click();
  await expect(cards.nth(0).getByTestId('scenario-saved-version')).toContainText('1');
  await cards.nth(1).getByTestId('scenario-save').dblclick();
  await expect(cards.nth(1).getByTestId('scenario-saved-version')).toContainText('1');
  const saved = page.getByTestId('saved-scenario');
  await expect(saved).toHaveCount(2);
  // A new version of the first.
  await cards.nth(0).getByTestId('scenario-predikat').selectOption('baik');
  await cards.nth(0).getByTestId('scenario-save').click();
  await expect(cards.nth(0).getByTestId('scenario-saved-version')).toContainText('2');
  await expect(saved.first()).toHaveAttribute('data-version', '2');
  // Shared with the pejabat penilai.
  await saved.first().getByTestId('saved-share').click();
  await expect(saved.first()).toHaveAttribute('data-shared', 'true');

  // With the network cut, the page goes on computing: scenarios and odds.
  await context.setOffline(true);
  await cards.nth(1).getByTestId('scenario-predikat').selectOption('sangat_baik');
  await expect(cards.nth(1).getByTestId('scenario-final')).toBeVisible();
  await odds.getByTestId('odds-source').selectOption('cautious');
  await expect(result).toHaveAttribute('data-cancelled', 'false');
  await context.setOffline(false);
  console.assertNone();

  // The penilai reads the shared one only, with its timeline, and comments; the thread is kept.
  await page.getByTestId('logout').click();
  await expect(page.locator('a.login-link')).toBeVisible();
  await logIn(page, accounts.get('pejabat_penilai')!);
  await page.goto(`/karier/${owner}`);
  await waitForHydration(page);
  const shared = page.getByTestId('saved-scenario');
  await expect(shared).toHaveCount(1);
  await expect(shared.first()).toContainText('Jalur cepat');
  await expect(shared.first().getByTestId('scenario-final')).toBeVisible();
  await expect(shared.first().getByTestId('saved-share')).toHaveCount(0);
  await shared.first().locator('summary', { hasText: 'Diskusi' }).click();
  await shared.first().getByTestId('comment-body').fill('Sangat Baik dua tahun berturut-turut realistis; ambil pelatihan teknis.');
  await shared.first().getByTestId('comment-send').click();
  await expect(shared.first().locator('[data-testid=comments] li')).toHaveCount(1);

  await page.getByTestId('logout').click();
  await expect(page.locator('a.login-link')).toBeVisible();
  await logIn(page, accounts.get('pegawai')!);
  await page.goto('/karier');
  await waitForHydration(page);
  await expect(page.getByTestId('saved-scenario').first().locator('[data-testid=comments] li')).toContainText('pelatihan teknis');
  console.assertNone();
});
