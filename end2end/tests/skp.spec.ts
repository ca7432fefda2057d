import { test, expect, type Page, type Request } from '@playwright/test';
import { DEMO_PASSWORD, demoAccounts, logIn, tabTo, watchConsole, waitForHydration } from './helpers';

const RHK = 'Terverifikasinya klaim layanan puskesmas tepat waktu';

/** Checks `value` in the radio group of `field` with the keyboard: Tab into the group (onto its
 * checked radio), then the arrow keys. */
async function rateWithKeys(page: Page, field: string, value: string) {
  const group = `[data-testid="rating-panel"] fieldset[data-field=${field}]`;
  await tabTo(page, `${group} input:checked`);
  const values = await page.locator(`${group} input`).evaluateAll((is) => is.map((i) => (i as HTMLInputElement).value));
  const from = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  const steps = values.indexOf(value) - values.indexOf(from);
  for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
  await expect(page.locator(`${group} input[value=${value}]`)).toBeChecked();
}

async function logOut(page: Page) {
  await page.getByTestId('logout').click();
  await expect(page.locator('a.login-link')).toBeVisible();
}

test('an employee drafts and submits a plan, the supervisor approves it and rates it with a live preview, with the keyboard alone', async ({ page }) => {
  const console = watchConsole(page);
  const accounts = await demoAccounts(page);

  // The employee starts the plan, adds a result supporting the supervisor's, and an indicator.
  await logIn(page, accounts.get('pegawai')!);
  await page.goto('/saya/skp');
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Mulai menyusun SKP' }).click();
  const addResult = page.getByTestId('add-result');
  await expect(addResult).toBeVisible();
  // The SKP editor with the keyboard alone: Tab to each field, type, arrows in a list, Enter.
  await tabTo(page, '[data-testid="add-result"] textarea[name=text]');
  await page.keyboard.type(RHK);
  await tabTo(page, '[data-testid="add-result"] select[name=parent_result_id]');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await expect(addResult.locator('select[name=parent_result_id]')).not.toHaveValue('');
  await tabTo(page, '[data-testid="add-result"] button[type=submit]');
  await page.keyboard.press('Enter');
  await expect(page.locator('.skp-results')).toContainText(RHK);
  await expect(page.locator('.skp-results')).toContainText('Mendukung hasil kerja atasan');

  const addIndicator = page.getByTestId('add-indicator');
  for (const [field, value] of [['text', 'Klaim terverifikasi'], ['target', '120'], ['unit', 'berkas']]) {
    await tabTo(page, `[data-testid="add-indicator"] input[name="input[${field}]"]`);
    await page.keyboard.type(value);
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('.skp-indicators')).toContainText('120 berkas');
  // Saved forms are emptied (the text does not stay to invite a duplicate).
  await expect(addResult.locator('textarea[name=text]')).toHaveValue('');
  await expect(addIndicator.locator('input[name="input[text]"]')).toHaveValue('');
  // A reload of a draft with a result hydrates and stays alive (a <form> inside a <p> once
  // broke hydration here on a direct load).
  await page.reload();
  await waitForHydration(page);
  await page.locator('a.brand').click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/saya/skp');
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Ajukan SKP ke pejabat penilai' }).click();
  await expect(page.locator('.skp-plan')).toHaveAttribute('data-status', 'submitted');
  await logOut(page);

  // The supervisor sees it waiting, approves it with the seven expectations.
  await logIn(page, accounts.get('pejabat_penilai')!);
  await page.goto('/tim');
  const row = page.locator('tr[data-status=submitted]', { hasText: accounts.get('pegawai')! });
  await row.locator('a[href^="/tim/skp/"]').click();
  await waitForHydration(page);
  const review = page.getByTestId('review-form');
  // `.all()` does not wait: make sure the form (loaded after the client-side navigation) is there.
  await expect(review.locator('textarea[name^=expectations]')).toHaveCount(7);
  for (const textarea of await review.locator('textarea[name^=expectations]').all()) {
    await textarea.fill('Menyelesaikan verifikasi sesuai SOP dan tepat waktu.');
  }
  await review.getByRole('button', { name: 'Setujui SKP' }).click();
  await expect(page.locator('.skp-plan')).toHaveAttribute('data-status', 'approved');
  const panel = page.getByTestId('rating-panel');
  await expect(panel).toBeVisible();

  // Rating: every change updates the predikat in the page with no request at all.
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  const predikat = page.getByTestId('preview-predikat');
  await expect(panel.getByTestId('live-preview')).toContainText('Isi realisasi');
  // With the keyboard alone: Tab to the realisation and type; arrows within each radio group.
  await tabTo(page, '[data-testid="realisasi-0"]');
  await page.keyboard.type('60');
  await expect(predikat).toHaveAttribute('data-predikat', 'butuh_perbaikan');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('132');
  await expect(predikat).toHaveAttribute('data-predikat', 'baik');
  for (const field of ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis']) {
    await rateWithKeys(page, field, 'di_atas_ekspektasi');
  }
  await expect(predikat).toHaveAttribute('data-predikat', 'sangat_baik');
  await rateWithKeys(page, 'loyal', 'di_bawah_ekspektasi');
  await expect(predikat).toHaveAttribute('data-predikat', 'kurang_misconduct');
  await rateWithKeys(page, 'loyal', 'sesuai_ekspektasi');
  await expect(predikat).toHaveAttribute('data-predikat', 'sangat_baik');
  await expect(page.getByTestId('preview-nilai')).toContainText('Nilai SKP');
  expect(requests.map((r) => r.url()), 'the preview makes no request').toEqual([]);

  // On a phone the sticky preview is one line and leaves the choices in view.
  await page.setViewportSize({ width: 360, height: 740 });
  const box = await panel.getByTestId('live-preview').boundingBox();
  expect(box!.height, 'the preview on a phone is one line').toBeLessThan(740 * 0.12);
  await expect(predikat).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });

  // Submitting: the server recomputes and stores the same predikat the preview showed.
  const shown = await predikat.getAttribute('data-predikat');
  await tabTo(page, '[data-testid="submit-rating"]');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rating-saved')).toBeVisible();
  await expect(page.locator('table.ratings tr[data-period="0"]')).toHaveAttribute('data-predikat', shown!);
  console.assertNone();
});

test('the employee appeals the rating, the atasan asks and decides, the employee sees the final decision', async ({ page }) => {
  const console = watchConsole(page, { expectedRefusals: /^\/api\/appeals\/decide$/ });
  const accounts = await demoAccounts(page);

  await logIn(page, accounts.get('pegawai')!);
  await page.goto('/saya/skp');
  await waitForHydration(page);
  const annual = page.locator('table.ratings tr[data-period="0"]');
  await annual.getByText('Ajukan keberatan').click();
  await annual.locator('textarea[name=reason]').fill('Realisasi verifikasi klaim melebihi target; mohon ditinjau.');
  await annual.getByRole('button', { name: 'Kirim keberatan' }).click();
  await expect(annual.getByTestId('appeal-link')).toContainText('menunggu keputusan');
  await logOut(page);

  await logIn(page, accounts.get('atasan_pejabat_penilai')!);
  await page.goto('/persetujuan');
  await page.locator('.appeal-list li[data-status=filed] a').first().click();
  await waitForHydration(page);
  const ask = page.getByTestId('appeal-message');
  await ask.locator('textarea[name=text]').fill('Mohon lampirkan rekap klaim per bulan.');
  await ask.getByRole('button', { name: 'Kirim' }).click();
  await expect(page.getByTestId('appeal-messages')).toContainText('rekap klaim per bulan');
  // Changing the predikat needs the new one: the server says so and nothing is decided.
  const decide = page.getByTestId('appeal-decide');
  await decide.locator('textarea[name=note]').fill('Penilaian sudah sesuai bukti; keberatan tidak diterima.');
  await decide.locator('input[value=changed]').check();
  await decide.getByRole('button', { name: 'Tetapkan keputusan' }).click();
  await expect(page.locator('.decision .form-error')).toContainText('Pilih predikat');
  await decide.locator('input[value=upheld]').check();
  await decide.getByRole('button', { name: 'Tetapkan keputusan' }).click();
  await expect(page.getByTestId('appeal-decision')).toHaveAttribute('data-decision', 'upheld');
  await logOut(page);

  await logIn(page, accounts.get('pegawai')!);
  await page.goto('/saya/skp');
  await expect(page.locator('table.ratings tr[data-period="0"]').getByTestId('appeal-link')).toContainText('final');
  console.assertNone();
});

/** The pejabat penilai's distribution sandbox, hydrated: its trial selects and how many. */
async function openSandbox(page: Page) {
  const accounts = await demoAccounts(page);
  await logIn(page, accounts.get('pejabat_penilai')!);
  await page.goto('/tim/distribusi');
  await waitForHydration(page);
  const selects = page.locator('table.sandbox select');
  await expect(selects.first()).toBeVisible(); // `count()` does not wait
  return { selects, n: await selects.count() };
}

/** Chooses the option at `index` of the focused select with the arrow keys. */
async function chooseWithKeys(page: Page, index: number) {
  await page.keyboard.press('Home');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

test('the distribution sandbox flags a violation and clears it, without a request', async ({ page }) => {
  const console = watchConsole(page);
  const { n } = await openSandbox(page);
  expect(n).toBeGreaterThanOrEqual(11); // the demo unit, plus whoever another test assigned
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const verdict = page.getByTestId('distribution-verdict');
  // Everyone Baik under an organisation rated Baik: flagged.
  for (let i = 0; i < n; i++) await page.getByTestId(`try-${i}`).selectOption('baik');
  await expect(verdict).toHaveAttribute('data-compliant', 'false');
  await expect(page.locator('.constraints li[data-pass=false]').first()).toBeVisible();
  // At most 70% Baik (still the majority), the rest Sangat Baik, one Butuh Perbaikan: cleared.
  for (let i = Math.floor(0.7 * n); i < n - 1; i++) await page.getByTestId(`try-${i}`).selectOption('sangat_baik');
  await page.getByTestId(`try-${n - 1}`).selectOption('butuh_perbaikan');
  await expect(verdict).toHaveAttribute('data-compliant', 'true');
  await expect(page.locator('.constraints li[data-pass=false]')).toHaveCount(0);
  expect(requests, 'the sandbox checks in the browser').toEqual([]);
  console.assertNone();
});

test('the distribution sandbox works with the keyboard alone', async ({ page }) => {
  const console = watchConsole(page);
  const { selects, n } = await openSandbox(page);
  const order = await selects.first().locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const verdict = page.getByTestId('distribution-verdict');
  // Everyone Baik: flagged. Each select is the next Tab stop after the one before.
  await tabTo(page, '[data-testid="try-0"]');
  for (let i = 0; i < n; i++) {
    if (i > 0) await tabTo(page, `[data-testid="try-${i}"]`, 3);
    await chooseWithKeys(page, order.indexOf('baik'));
    await expect(page.getByTestId(`try-${i}`)).toHaveValue('baik');
  }
  await expect(verdict).toHaveAttribute('data-compliant', 'false');
  // Back with Shift+Tab: the last one Butuh Perbaikan, those above it to 70% Sangat Baik.
  await chooseWithKeys(page, order.indexOf('butuh_perbaikan'));
  for (let i = n - 2; i >= Math.floor(0.7 * n); i--) {
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByTestId(`try-${i}`)).toBeFocused();
    await chooseWithKeys(page, order.indexOf('sangat_baik'));
  }
  await expect(verdict).toHaveAttribute('data-compliant', 'true');
  console.assertNone();
});

test('the supervisor invites a peer to give 360 input, the peer answers privately', async ({ page }) => {
  const console = watchConsole(page);
  const accounts = await demoAccounts(page);
  await logIn(page, accounts.get('pejabat_penilai')!);
  await page.goto('/tim');
  // An approved plan of someone other than the demo pegawai (who cannot rate themself).
  await page.locator('tr[data-status=approved]').filter({ hasNotText: accounts.get('pegawai')! }).locator('a').first().click();
  await waitForHydration(page);
  const invite = page.getByTestId('invite360');
  await invite.locator('input[name=rater_nip]').fill(accounts.get('pegawai')!);
  await invite.getByRole('button', { name: 'Undang' }).click();
  await expect(page.getByTestId('input360').locator('[data-answered]')).toContainText('Diundang: 1');
  await logOut(page);

  await logIn(page, accounts.get('pegawai')!);
  await page.goto('/tugas');
  await page.locator('li[data-task=answer_360] a').click();
  await waitForHydration(page);
  const request = page.locator('section.request360').first();
  await request.locator('select[name="input[kolaboratif]"]').selectOption('di_atas_ekspektasi');
  await request.getByRole('button', { name: 'Simpan jawaban' }).click();
  await expect(page.locator('section.request360').first()).toHaveAttribute('data-answered', 'true');
  console.assertNone();
});

test('evidence files are uploaded and downloaded, the task badge counts, the evaluation team reviews the annual summary', async ({ page }) => {
  const console = watchConsole(page, { expectedRefusals: /^\/api\/skp\/evidence\/upload$/ });
  const accounts = await demoAccounts(page);

  // The supervisor's header shows the tasks waiting, some urgent (the demo's plan deadline is within the week).
  await logIn(page, accounts.get('pejabat_penilai')!);
  const badge = page.getByTestId('task-badge');
  await expect(badge).toBeVisible();
  expect(Number(await badge.getAttribute('data-urgent'))).toBeGreaterThan(0);
  await badge.click();
  const total = await badge.getAttribute('data-total');
  await expect(page.locator('.task-list li')).toHaveCount(Number(total));
  // The home page is their dashboard: the same tasks, and the team by plan status.
  await page.goto('/');
  await expect(page.getByTestId('card-tasks')).toHaveAttribute('data-total', total!);
  await expect(page.getByTestId('card-team')).toContainText('orang');
  await expect(page.getByTestId('card-agency')).toHaveCount(0);
  await logOut(page);

  // The employee attaches a PDF to the rated plan's indicator; a web page renamed .pdf is refused.
  await logIn(page, accounts.get('pegawai')!);
  await page.goto('/saya/skp');
  await waitForHydration(page);
  const upload = page.getByTestId('evidence-upload');
  await upload.locator('input[type=file]').setInputFiles({
    name: 'bukti.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><script>alert(1)</script></html>'),
  });
  await upload.getByRole('button', { name: 'Unggah bukti' }).click();
  await expect(upload.locator('.form-error')).toContainText('PDF, PNG atau JPEG');
  const pdf = '%PDF-1.4\n% rekap klaim terverifikasi\n%%EOF\n';
  await upload.locator('input[type=file]').setInputFiles({
    name: 'rekap klaim.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf),
  });
  await upload.getByRole('button', { name: 'Unggah bukti' }).click();
  const file = page.locator('.evidence-files a', { hasText: 'rekap klaim.pdf' });
  await expect(file).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), file.click()]);
  expect(download.suggestedFilename()).toBe('rekap klaim.pdf');
  const { readFile } = await import('node:fs/promises');
  expect((await readFile((await download.path())!)).toString()).toBe(pdf);
  // Realisation is recorded per evaluation period.
  const realisation = page.getByTestId('realisation');
  await realisation.locator('select[name=period_no]').selectOption('1');
  await realisation.locator('input[name=realisasi]').fill('77');
  await realisation.getByRole('button').click();
  await expect(page.locator('.skp-indicators .realisasi[data-period="1"]').first()).toContainText('77');
  await logOut(page);

  // The supervisor rating that period starts from what the employee recorded for it.
  await logIn(page, accounts.get('pejabat_penilai')!);
  await page.goto('/tim');
  await page.locator('tr', { hasText: accounts.get('pegawai')! }).locator('a').first().click();
  await waitForHydration(page);
  const panel = page.getByTestId('rating-panel');
  await panel.locator('select[name=period_no]').selectOption('1');
  await expect(panel.getByTestId('realisasi-0')).toHaveValue('77');
  await logOut(page);

  // The evaluation team opens the unit with ratings, then the employee's summary, and notes it.
  await logIn(page, accounts.get('tim_evaluasi')!);
  await page.goto('/evaluasi');
  await waitForHydration(page);
  await page.locator('table.progress tr[data-rated]:not([data-rated="0"]) a').first().click();
  const summaries = page.getByTestId('unit-summaries');
  const row = summaries.locator('tr', { hasText: accounts.get('pegawai')! });
  await row.getByRole('link', { name: 'Buka' }).click();
  await waitForHydration(page);
  const review = page.getByTestId('annual-review');
  await expect(review).toContainText('Belum ada catatan tim evaluasi.');
  await review.locator('textarea[name=text]').fill('Capaian jauh di atas unit lain; bukti dukung sudah lengkap.');
  await review.locator('input[name=outlier]').check();
  await review.getByRole('button', { name: 'Simpan catatan' }).click();
  await expect(review.locator('li[data-outlier=true]')).toContainText('bukti dukung sudah lengkap');
  await logOut(page);

  // The employee reads the note on their plan.
  await logIn(page, accounts.get('pegawai')!);
  await page.goto('/saya/skp');
  await expect(page.getByTestId('annual-review')).toContainText('bukti dukung sudah lengkap');

  // The official forms: the SKP, and the year's evaluation document with the predikat in force.
  const annual = page.locator('table.ratings tr[data-period="0"]');
  const inForce = await annual.getAttribute('data-predikat');
  await page.getByTestId('skp-document-link').click();
  const skp = page.getByTestId('skp-document');
  await expect(skp.locator('h1')).toHaveText('SASARAN KINERJA PEGAWAI');
  await expect(skp.locator('table.identity')).toContainText(accounts.get('pegawai')!);
  await expect(skp.locator('table.results')).toContainText(RHK);
  await expect(skp.locator('table.behaviour tbody tr')).toHaveCount(7);
  await page.goto('/saya/skp');
  await annual.getByRole('link', { name: 'dokumen evaluasi' }).click();
  const evaluation = page.getByTestId('evaluation-document');
  await expect(evaluation.locator('h1')).toHaveText('EVALUASI KINERJA PEGAWAI');
  await expect(evaluation).toContainText(`PERIODE PENILAIAN: 1 Januari s.d. 31 Desember ${new Date().getFullYear()}`);
  await expect(evaluation.locator('table.results td.realisasi').first()).toContainText('132 berkas');
  await expect(evaluation).toHaveAttribute('data-predikat', inForce!);
  await expect(evaluation.getByTestId('doc-predikat')).not.toBeEmpty();
  // Printed, only the form remains: no header, menu or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByTestId('print')).toBeHidden();
  await expect(evaluation.locator('table.identity')).toBeVisible();
  // The browser's "Save as PDF" gives an A4 landscape document (842 × 595 pt).
  const printed = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(printed.startsWith('%PDF-')).toBe(true);
  expect(printed).toMatch(/\/MediaBox \[0 0 841\.\d+ 59[45]\.\d+\]/);
  await page.emulateMedia({ media: 'screen' });
  console.assertNone();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the pejabat penilai rates a quarter with a plain form; a bad value is explained on the page', async ({ page }) => {
    await page.goto('/masuk');
    await page.locator('input[name=identifier]').fill('demo.pejabat_penilai');
    await page.locator('input[name=password]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect(page.getByTestId('logout')).toBeVisible();
    await page.goto('/tim');
    await page.locator('tr[data-status=approved] a').first().click();
    const panel = page.getByTestId('rating-panel');
    await expect(panel).toBeVisible();
    const plan = page.url();

    // A value that is not a number: back on the same page with the reason, nothing stored.
    await panel.locator('select[name=period_no]').selectOption('2');
    for (const input of await panel.locator('input[name^=realisasi]').all()) await input.fill('banyak');
    await panel.getByTestId('submit-rating').click();
    await expect(page.locator('.rating-panel p.form-error[role=alert]')).toContainText('Isi realisasi setiap indikator');
    await expect(page.locator('table.ratings tr[data-period="2"]')).toHaveCount(0);

    // Decimal commas as Indonesians type them; the reloaded page shows the stored rating.
    await panel.locator('select[name=period_no]').selectOption('1');
    for (const input of await panel.locator('input[name^=realisasi]').all()) await input.fill('12,5');
    await panel.getByTestId('submit-rating').click();
    // Back on the plan (the server-function layer leaves an empty query where the error was).
    await expect(page).toHaveURL(new RegExp(`^${plan.replace(/[?.]/g, '\\$&')}\\??$`));
    await expect(page.locator('table.ratings tr[data-period="1"]')).toHaveAttribute('data-predikat', /.+/);
  });
});
