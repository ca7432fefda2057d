import { test, expect, type Browser } from '@playwright/test';
import { demoAccounts, logIn, waitForHydration, watchConsole } from './helpers';

// Development (issue 15) as people use it: the HR office adds an offering, an employee applies,
// their pejabat penilai nominates a colleague, the HR office decides within the quota (one
// offered, one waiting) and a place given up goes to the waiting list; an employee records
// learning with a certificate, reaching 20 JP clears their reminder, and the HR office verifies
// it. (The e2e server reminds from January: PRESTASI_JP_REMINDER_FROM_MONTH=1.)

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function as(browser: Browser, identifier: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const console = watchConsole(page, { expectedRefusals: /^\/api\/development\// });
  await logIn(page, identifier);
  return { page, console, close: () => context.close() };
}

test('apply, nominate, decide within the quota with a waiting list, and a place given up goes on', async ({ browser, page: first }) => {
  const accounts = await demoAccounts(first);
  const title = `Pelatihan Analisis Kebijakan ${Date.now()}`;

  // The HR office adds an offering with one place.
  const hr = await as(browser, accounts.get('admin_instansi')!);
  await hr.page.goto('/admin/pelatihan');
  await waitForHydration(hr.page);
  const form = hr.page.locator('form').filter({ has: hr.page.locator('input[name="input[quota]"]') });
  await form.locator('input[name="input[title]"]').fill(title);
  await form.locator('select[name="input[form]"]').selectOption('teknis');
  await form.locator('input[name="input[jp]"]').fill('24');
  await form.locator('input[name="input[provider]"]').fill('BPSDM Sulawesi Selatan');
  await form.locator('input[name="input[start_date]"]').fill(day(30));
  await form.locator('input[name="input[end_date]"]').fill(day(33));
  await form.locator('input[name="input[apply_by]"]').fill(day(10));
  await form.locator('input[name="input[quota]"]').fill('1');
  await form.getByRole('button', { name: 'Tambahkan' }).click();
  const row = hr.page.locator('tr', { hasText: title });
  await expect(row).toBeVisible();
  const rankedHref = await row.locator('a[href^="/admin/pelatihan/"]').getAttribute('href');

  // The employee applies.
  const pegawai = await as(browser, accounts.get('pegawai')!);
  await pegawai.page.goto('/pelatihan');
  await waitForHydration(pegawai.page);
  const card = pegawai.page.locator('section.offering', { hasText: title });
  await card.getByRole('button', { name: 'Daftar' }).click();
  await expect(card.locator('p.status')).toHaveAttribute('data-status', 'applied');
  await expect(pegawai.page.locator('ul.applications li', { hasText: title })).toHaveAttribute('data-status', 'applied');

  // Their pejabat penilai nominates someone else of the team.
  const penilai = await as(browser, accounts.get('pejabat_penilai')!);
  await penilai.page.goto('/pelatihan');
  await waitForHydration(penilai.page);
  const nominate = penilai.page.locator('section.offering', { hasText: title }).locator('form.nominate');
  const options = nominate.locator('select[name=employee_id] option');
  const other = (await options.allTextContents()).findIndex((o) => !o.includes(accounts.get('pegawai')!));
  expect(other, 'a team member other than the demo pegawai').toBeGreaterThanOrEqual(0);
  const nominee = (await options.nth(other).textContent())!.split(' · ')[0];
  await nominate.locator('select[name=employee_id]').selectOption({ index: other });
  await nominate.getByRole('button', { name: 'Usulkan' }).click();
  await expect(penilai.page.getByRole('status')).toContainText('Usulan tercatat');

  // The HR office sees both in merit order with reasons, and decides: one offered, one waiting.
  await hr.page.goto(rankedHref!);
  await waitForHydration(hr.page);
  const ranked = hr.page.locator('ol.ranked-list > li');
  await expect(ranked).toHaveCount(2);
  await expect(ranked.filter({ hasText: nominee })).toContainText('diusulkan');
  await expect(ranked.first().locator('details.merit-reasons')).toBeVisible();
  await hr.page.getByRole('button', { name: 'Putuskan peserta' }).click();
  await expect(hr.page.locator('ol.ranked-list > li[data-status=offered]')).toHaveCount(1);
  await expect(hr.page.locator('ol.ranked-list > li[data-status=waiting]')).toHaveCount(1);

  // The employee sees the outcome and why; they give the place (or their wait) up, and the
  // nominee ends with the place either way.
  await pegawai.page.reload();
  await waitForHydration(pegawai.page);
  const mine = pegawai.page.locator('ul.applications li', { hasText: title });
  await expect(mine).toHaveAttribute('data-status', /^(offered|waiting)$/);
  await expect(mine).toContainText('Nilai merit');
  await mine.getByRole('button', { name: 'Tarik pendaftaran' }).click();
  await expect(mine).toHaveAttribute('data-status', 'withdrawn');
  await hr.page.reload();
  await waitForHydration(hr.page);
  await expect(hr.page.locator('ol.ranked-list > li', { hasText: nominee })).toHaveAttribute('data-status', 'offered');
  await expect(hr.page.locator('ol.ranked-list > li[data-status=withdrawn]')).toHaveCount(1);

  for (const who of [hr, pegawai, penilai]) {
    who.console.assertNone();
    await who.close();
  }
});

test('learning recorded with a certificate reaches 20 JP, clears the reminder, and is verified', async ({ browser, page: first }) => {
  const accounts = await demoAccounts(first);
  const pegawai = await as(browser, accounts.get('pegawai')!);
  const page = pegawai.page;
  const title = `Literasi Data ${Date.now()}`;

  // Under 20 JP: the reminder is on /tugas, with how far they are.
  await page.goto('/tugas');
  await waitForHydration(page);
  const reminder = page.locator('li[data-task=learning_jp]');
  await expect(reminder).toContainText(/\d+\/20 JP/);
  const have = Number((await reminder.textContent())!.match(/(\d+)\/20 JP/)![1]);
  await reminder.locator('a').click();
  await expect(page).toHaveURL(/\/saya\/pembelajaran$/);
  await waitForHydration(page);

  // A certificate over 1 MiB is stopped before any upload.
  const certificate = page.getByTestId('certificate');
  await certificate.setInputFiles({ name: 'besar.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(1_100_000, 0x25) });
  await expect(page.getByRole('alert')).toContainText('lebih dari 1 MiB');
  await expect(page.getByRole('button', { name: 'Catat' })).toBeDisabled();

  // The missing JP with a certificate: recorded, the year met.
  await page.locator('input[name="input[title]"]').fill(title);
  await page.locator('select[name="input[path]"]').selectOption('nonklasikal');
  await page.locator('select[name="input[form]"]').selectOption('e_learning');
  await page.locator('input[name="input[jp]"]').fill(String(20 - have));
  await page.locator('input[name="input[provider]"]').fill('ASN Unggul');
  await page.locator('input[name="input[start_date]"]').fill(day(-3));
  await page.locator('input[name="input[end_date]"]').fill(day(-1));
  await certificate.setInputFiles({ name: 'sertifikat literasi.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% sertifikat\n') });
  await expect(page.getByRole('button', { name: 'Catat' })).toBeEnabled();
  await page.getByRole('button', { name: 'Catat' }).click();
  await expect(page.getByRole('status')).toContainText('tercatat');
  const recorded = page.locator('tr', { hasText: title });
  await expect(recorded.locator('a[href^="/api/pembelajaran/sertifikat/"]')).toHaveText('sertifikat literasi.pdf');
  await expect(page.locator('.jp-summary')).toHaveAttribute('data-status', 'met');
  const download = page.waitForEvent('download');
  await recorded.locator('a[href^="/api/pembelajaran/sertifikat/"]').click();
  expect((await download).suggestedFilename()).toBe('sertifikat literasi.pdf');

  // The reminder is gone.
  await page.goto('/tugas');
  await waitForHydration(page);
  await expect(page.locator('li[data-task=learning_jp]')).toHaveCount(0);

  // The HR office verifies it from its queue; the unit's compliance is shown.
  const hr = await as(browser, accounts.get('admin_instansi')!);
  await hr.page.goto('/admin/pembelajaran');
  await waitForHydration(hr.page);
  const item = hr.page.locator('li[data-record]', { hasText: title });
  await expect(item.locator('a[href^="/api/pembelajaran/sertifikat/"]')).toBeVisible();
  await item.getByRole('button', { name: 'Verifikasi' }).click();
  await expect(hr.page.getByRole('status')).toContainText('tersimpan');
  await expect(hr.page.locator('li[data-record]', { hasText: title })).toHaveCount(0);
  await expect(hr.page.locator('table.compliance tbody tr').first()).toBeVisible();
  await page.goto('/saya/pembelajaran');
  await waitForHydration(page);
  await expect(page.locator('tr', { hasText: title })).toContainText('Terverifikasi');

  for (const who of [pegawai, hr]) {
    who.console.assertNone();
    await who.close();
  }
});

test('the HR office imports its catalogue from a spreadsheet: every problem by row, then all at once', async ({ browser, page: first }) => {
  const accounts = await demoAccounts(first);
  const hr = await as(browser, accounts.get('admin_instansi')!);
  const page = hr.page;
  await page.goto('/admin/pelatihan');
  await waitForHydration(page);
  const header = 'Judul,Jalur,Bentuk,JP,Penyelenggara,Moda,Mulai,Selesai,Batas Pendaftaran,Kuota\n';
  const title = `Pelatihan Impor ${Date.now()}`;
  const row = (t: string, jp: string) => `${t},klasikal,teknis,${jp},BPSDM,tatap_muka,${day(40)},${day(42)},${day(20)},10\n`;
  const form = page.getByTestId('catalogue-import');
  await form.locator('input[type=file]').setInputFiles({ name: 'katalog.csv', mimeType: 'text/csv', buffer: Buffer.from(header + row(title, '24') + row(`${title} B`, 'dua')) });
  await form.getByRole('button', { name: 'Impor', exact: true }).click();
  const problems = page.locator('.import-errors tbody tr');
  await expect(problems).toHaveCount(1);
  await expect(problems.first().locator('td').nth(0)).toHaveText('3');
  await expect(problems.first().locator('td').nth(1)).toHaveText('JP');
  await expect(page.locator('table.data').first()).not.toContainText(title);

  await form.locator('input[type=file]').setInputFiles({ name: 'katalog.csv', mimeType: 'text/csv', buffer: Buffer.from(header + row(title, '24') + row(`${title} B`, '16')) });
  await form.getByRole('button', { name: 'Impor', exact: true }).click();
  await expect(page.locator('.notice[data-imported]')).toHaveAttribute('data-imported', '2');
  await expect(page.locator('table.data').first()).toContainText(`${title} B`);
  hr.console.assertNone();
  await hr.close();
});
