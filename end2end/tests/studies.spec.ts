import { test, expect, type Browser } from '@playwright/test';
import { demoAccounts, logIn, waitForHydration, watchConsole } from './helpers';

// Further education (issue 15, item 4) as people use it: an employee asks for tugas belajar;
// their pejabat penilai finds it on /tugas and endorses it, and refuses a second one with a
// reason the employee then reads; the employee withdraws the endorsed one. The HR office
// approves the demo's endorsed request (the diploma then shows as an event in that person's
// career scenarios) and records the diploma of the demo's approved study, which updates the
// education on that person's record. The demo pegawai's own record is left as it was.

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function as(browser: Browser, identifier: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const console = watchConsole(page, { expectedRefusals: /^\/api\/development\// });
  await logIn(page, identifier);
  return { page, console, close: () => context.close() };
}

test('a study request is endorsed or refused with a reason, approved, and its diploma updates the record', async ({ browser, page: first }) => {
  const accounts = await demoAccounts(first);
  const stamp = Date.now();
  const pegawai = await as(browser, accounts.get('pegawai')!);
  const page = pegawai.page;

  // Two requests from /saya/pendidikan (reached from the development page).
  await page.goto('/pelatihan');
  await waitForHydration(page);
  await page.getByRole('link', { name: 'Tugas & izin belajar' }).click();
  await expect(page).toHaveURL(/\/saya\/pendidikan$/);
  await waitForHydration(page);
  await expect(page.getByTestId('education-now')).toContainText('D-III');
  const ask = async (programme: string) => {
    await page.locator('select[name="input[kind]"]').selectOption('tugas_belajar');
    await page.locator('select[name="input[education]"]').selectOption('s2');
    await page.locator('input[name="input[programme]"]').fill(programme);
    await page.locator('input[name="input[institution]"]').fill('Universitas Hasanuddin');
    await page.locator('input[name="input[start_date]"]').fill(day(60));
    await page.locator('input[name="input[expected_date]"]').fill(day(60 + 730));
    await page.getByRole('button', { name: 'Ajukan' }).click();
    await expect(page.getByTestId('study').filter({ hasText: programme })).toHaveAttribute('data-status', 'submitted');
  };
  // A degree not above the one on record is refused by field, and nothing typed is lost.
  await page.locator('select[name="input[education]"]').selectOption('d3');
  await page.locator('input[name="input[programme]"]').fill('Diploma Kesehatan');
  await page.locator('input[name="input[institution]"]').fill('Poltekkes');
  await page.locator('input[name="input[start_date]"]').fill(day(60));
  await page.locator('input[name="input[expected_date]"]').fill(day(400));
  await page.getByRole('button', { name: 'Ajukan' }).click();
  await expect(page.locator('.form-error')).toContainText('lebih tinggi');
  await expect(page.locator('input[name="input[programme]"]')).toHaveValue('Diploma Kesehatan');
  const kept = `Magister Administrasi Publik ${stamp}`;
  const refused = `Magister Manajemen ${stamp}`;
  await ask(kept);
  await ask(refused);

  // The penilai: two tasks, then the approvals page.
  const penilai = await as(browser, accounts.get('pejabat_penilai')!);
  await penilai.page.goto('/tugas');
  await waitForHydration(penilai.page);
  const tasks = penilai.page.locator('li[data-task=study_endorse]');
  await expect(tasks).toHaveCount(2);
  await tasks.first().locator('a').click();
  await expect(penilai.page).toHaveURL(/\/persetujuan\/belajar$/);
  await waitForHydration(penilai.page);
  const waiting = penilai.page.getByTestId('to-endorse');
  await waiting.getByTestId('study').filter({ hasText: kept }).getByRole('button', { name: 'Setujui' }).click();
  await expect(waiting.getByTestId('study').filter({ hasText: kept })).toHaveCount(0);
  // Refusing needs a reason.
  const other = waiting.getByTestId('study').filter({ hasText: refused });
  await other.getByRole('button', { name: 'Tolak' }).click();
  await expect(penilai.page.locator('.form-error')).toContainText('alasan');
  await other.locator('input[name=note]').fill('Beban kerja unit tahun ini');
  await other.getByRole('button', { name: 'Tolak' }).click();
  await expect(waiting.getByTestId('study')).toHaveCount(0);

  // The employee reads both outcomes and withdraws the endorsed one.
  await page.reload();
  await waitForHydration(page);
  const refusedItem = page.getByTestId('study').filter({ hasText: refused });
  await expect(refusedItem).toHaveAttribute('data-status', 'rejected');
  await expect(refusedItem).toContainText('Beban kerja unit tahun ini');
  const keptItem = page.getByTestId('study').filter({ hasText: kept });
  await expect(keptItem).toHaveAttribute('data-status', 'endorsed');
  await keptItem.getByRole('button', { name: 'Tarik permohonan' }).click();
  await expect(keptItem).toHaveAttribute('data-status', 'withdrawn');

  // The HR office: the demo's endorsed request is approved, the demo's study in progress gets
  // its diploma.
  const hr = await as(browser, accounts.get('admin_instansi')!);
  await hr.page.goto('/admin/pelatihan');
  await waitForHydration(hr.page);
  await hr.page.getByRole('link', { name: 'Persetujuan tugas & izin belajar' }).click();
  await expect(hr.page).toHaveURL(/\/persetujuan\/belajar$/);
  await waitForHydration(hr.page);
  const toDecide = hr.page.getByTestId('to-decide').getByTestId('study');
  await expect(toDecide).toHaveCount(1);
  const approvedEmployee = await toDecide.getAttribute('data-employee');
  await toDecide.getByRole('button', { name: 'Setujui' }).click();
  const inStudy = hr.page.getByTestId('in-study').getByTestId('study');
  await expect(inStudy).toHaveCount(2);
  const graduate = hr.page.locator(`[data-testid=in-study] [data-testid=study]:not([data-employee="${approvedEmployee}"])`);
  const degree = (await graduate.locator('p').first().textContent())!.split(' ')[0];
  const graduateEmployee = await graduate.getAttribute('data-employee');
  await graduate.locator('input[name=diploma_date]').fill(day(-3));
  await graduate.getByRole('button', { name: 'Catat ijazah' }).click();
  await expect(inStudy).toHaveCount(1);
  await hr.page.goto(`/admin/pegawai/${graduateEmployee}`);
  await waitForHydration(hr.page);
  await expect(hr.page.locator('select[name="input[education]"]')).toHaveValue(degree);
  await expect(hr.page.locator('input[name="input[education_date]"]')).toHaveValue(day(-3));

  // The approved study is a planned diploma in that person's scenarios (their penilai reads it).
  await penilai.page.goto(`/karier/${approvedEmployee}`);
  await waitForHydration(penilai.page);
  await expect(penilai.page.locator('.scenario.card').first().locator('fieldset.events li')).toContainText('ijazah');

  for (const who of [pegawai, penilai, hr]) {
    who.console.assertNone();
    await who.close();
  }
});
