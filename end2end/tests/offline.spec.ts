import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { demoAccounts, logIn, waitForHydration, watchConsole } from './helpers';

// The app after one visit, with the network cut (`context.setOffline`, which in Chromium also
// cuts the service worker's own fetches): the simulators and the rating preview open and
// compute; a realisation and a feedback note typed offline are kept and stored once when the
// connection returns; what the server refuses then is shown with what was typed; logging out
// leaves nothing of the account on the device.

/**
 * Waits until the service worker controls the page and has fetched what it keeps at install.
 * A document whose navigation began just before the worker activated is never claimed (the
 * worker's `clients.claim()` ran before the document became a client), so after a short wait
 * the page is reloaded: a navigation under an active worker is always controlled.
 */
async function offlineReady(page: Page) {
  const controlled = () =>
    page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (navigator.serviceWorker.controller) return true;
      return await new Promise<boolean>((resolve) => {
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true });
        setTimeout(() => resolve(navigator.serviceWorker.controller !== null), 3000);
      });
    });
  if (!(await controlled())) {
    await page.reload();
    await waitForHydration(page);
    expect(await controlled(), 'a page loaded under an active service worker is controlled').toBe(true);
  }
}

/** Offline, Chromium logs the failed fetches of the page it could not load: expected here. */
function watchOfflineConsole(page: Page) {
  return watchConsole(page, { expectedRefusals: /^\/api\/skp\/realisation$/ });
}

async function cut(context: BrowserContext, page: Page) {
  await context.setOffline(true);
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
}

test('after one visit the predikat simulator, the career simulator and the rating preview compute offline', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const console = watchOfflineConsole(page);
  const accounts = await demoAccounts(page);

  // The employee: the predikat simulator and their career, opened once online.
  await logIn(page, accounts.get('pegawai')!);
  await page.goto('/simulasi/predikat');
  await waitForHydration(page);
  await offlineReady(page);
  await page.goto('/karier');
  await waitForHydration(page);
  await expect(page.locator('.scenario.card')).toHaveCount(2);

  await cut(context, page);
  await page.goto('/simulasi/predikat');
  await waitForHydration(page);
  await page.locator('input[name=hasil][value=di_atas_ekspektasi]').click();
  await page.locator('input[name=perilaku][value=di_atas_ekspektasi]').click();
  await expect(page.locator('#predikat')).toHaveText('Sangat Baik');
  await page.locator('input[name=perilaku][value=di_bawah_ekspektasi]').click();
  await expect(page.locator('#predikat')).toHaveText('Kurang/Misconduct');

  await page.goto('/karier');
  await waitForHydration(page);
  const cards = page.locator('.scenario.card');
  await cards.nth(0).getByTestId('scenario-predikat').selectOption('sangat_baik');
  await cards.nth(1).getByTestId('scenario-predikat').selectOption('butuh_perbaikan');
  const first = await cards.nth(0).getByTestId('scenario-final').getAttribute('data-golongan');
  const second = await cards.nth(1).getByTestId('scenario-final').getAttribute('data-golongan');
  expect(first, 'computed offline: a better predikat plan ends higher').not.toEqual(second);

  // A page that is not kept for offline use says so, in both languages, with the way back.
  await page.goto('/tugas');
  await expect(page.locator('h1')).toHaveText('Anda sedang luring');
  await expect(page.locator('[lang=en] h2')).toHaveText('You are offline');
  await expect(page.locator('a[href="/simulasi/predikat"]')).toBeVisible();
  await context.setOffline(false);
  await context.close();

  // The pejabat penilai: the rating page of a team member, opened once online, rates offline.
  const penilaiContext = await browser.newContext();
  const penilai = await penilaiContext.newPage();
  const penilaiConsole = watchOfflineConsole(penilai);
  await logIn(penilai, accounts.get('pejabat_penilai')!);
  await penilai.goto('/tim');
  await penilai.locator('tr[data-status=approved] a[href^="/tim/skp/"]').first().click();
  await waitForHydration(penilai);
  const ratingUrl = penilai.url();
  await offlineReady(penilai);
  await penilai.goto(ratingUrl);
  await waitForHydration(penilai);
  await cut(penilaiContext, penilai);
  await penilai.goto(ratingUrl);
  await waitForHydration(penilai);
  const panel = penilai.getByTestId('rating-panel');
  const predikat = penilai.getByTestId('preview-predikat');
  const behaviour = (field: string, value: string) =>
    panel.locator(`fieldset[data-field=${field}] input[value=${value}]`).check();
  await panel.getByTestId('realisasi-0').fill('150');
  for (const field of ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif']) {
    await behaviour(field, 'sesuai_ekspektasi');
  }
  await expect(predikat).toHaveAttribute('data-predikat', /^(baik|sangat_baik)$/);
  // Behaviour below expectation: the matrix's answer, computed in the page without a network.
  await behaviour('loyal', 'di_bawah_ekspektasi');
  await expect(predikat).toHaveAttribute('data-predikat', /^(kurang_misconduct|sangat_kurang)$/);
  await penilaiContext.setOffline(false);
  await penilaiContext.close();
  console.assertNone();
  penilaiConsole.assertNone();
});

test('a realisation and a note typed offline are kept, sent once on reconnect, and a refused one is shown with what was typed', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const accounts = await demoAccounts(page);
  // The pejabat penilai's own plan (approved in the demo data) takes realisation.
  await logIn(page, accounts.get('pejabat_penilai')!);
  await page.goto('/saya/skp');
  await waitForHydration(page);
  await offlineReady(page);
  await page.goto('/saya/skp');
  await waitForHydration(page);

  await cut(context, page);
  const outbox = page.getByTestId('outbox');
  await expect(outbox.getByTestId('offline')).toContainText('Anda sedang luring');
  const realisation = page.getByTestId('realisation');
  await realisation.locator('select[name=period_no]').selectOption('2');
  await realisation.locator('input[name=realisasi]').fill('88');
  await realisation.locator('textarea[name=note]').fill('Dicatat di lapangan tanpa sinyal');
  await realisation.getByRole('button').click();
  await expect(page.getByTestId('queued').first()).toBeVisible();
  await expect(realisation.locator('input[name=realisasi]'), 'the form is free for the next entry').toHaveValue('');
  // One the server will refuse when it arrives: not a number.
  await realisation.locator('select[name=period_no]').selectOption('3');
  await realisation.locator('input[name=realisasi]').fill('delapan');
  await realisation.getByRole('button').click();
  const note = `Mohon arahan untuk indikator kedua (ditulis luring ${Date.now()})`;
  const feedback = page.getByTestId('feedback-form');
  await feedback.locator('textarea[name=text]').fill(note);
  await feedback.getByRole('button').click();
  await expect(outbox.locator('li[data-state=waiting]')).toHaveCount(3);
  await expect(outbox).toContainText('Dicatat di lapangan tanpa sinyal');

  // Nothing typed is lost: a reload offline (the page kept by the service worker) still holds it.
  await page.reload();
  await waitForHydration(page);
  await expect(outbox.locator('li[data-state=waiting]')).toHaveCount(3);

  // A second tab of the same account is open when the connection returns: both send what
  // waits, and the request keys make each entry stored once.
  const second = await context.newPage();
  await second.goto('/saya/skp');
  await waitForHydration(second);
  await context.setOffline(false);
  const refused = outbox.locator('li[data-state=refused]');
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText('delapan');
  await expect(refused.locator('.form-error')).toContainText('Ditolak saat dikirim');
  await expect(outbox.locator('li[data-state=waiting]')).toHaveCount(0);
  await expect(page.locator('.skp-indicators .realisasi[data-period="2"]').first()).toContainText('88');
  await page.reload();
  await waitForHydration(page);
  await expect(page.locator('.feedback-notes li', { hasText: note }), 'the note is stored once').toHaveCount(1);
  // The refused entry stays until the employee discards it.
  await expect(refused).toContainText('delapan');
  await refused.getByRole('button', { name: 'Buang' }).click();
  await expect(outbox.locator('li')).toHaveCount(0);
  await second.close();

  // Logging out leaves nothing of the account on the device: no kept pages, no worker, no outbox.
  await page.getByTestId('logout').click();
  await expect(page.locator('a.login-link')).toBeVisible();
  await expect.poll(() => page.evaluate(async () => ({
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    stored: localStorage.length,
  }))).toEqual({ caches: 0, workers: 0, stored: 0 });
  await context.close();
});

test('the app is installable: a manifest with icons, served with the service worker', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifest = await (await page.request.get(href!)).json();
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((i: { sizes: string }) => i.sizes === size);
    const answer = await page.request.get(icon.src);
    expect(answer.headers()['content-type']).toBe('image/png');
  }
  await offlineReady(page);
  // Chromium's own verdict on installability (a test browser's private profile aside).
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.filter((e: { errorId: string }) => e.errorId !== 'in-incognito')).toEqual([]);
});
