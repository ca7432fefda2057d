import { test, expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demoAccounts, logIn, watchConsole, waitForHydration } from './helpers';

async function menuLinks(page: Page): Promise<string[]> {
  return page.locator('nav .nav-group a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

// Each role sees its own group of the menu and no other role's.
const expected: Record<string, { has: string[]; lacks: string[] }> = {
  pegawai: { has: ['/saya', '/saya/skp'], lacks: ['/tim', '/admin', '/platform', '/evaluasi'] },
  pejabat_penilai: { has: ['/saya', '/tim'], lacks: ['/admin', '/platform'] },
  atasan_pejabat_penilai: { has: ['/tim', '/persetujuan'], lacks: ['/admin', '/platform'] },
  tim_evaluasi: { has: ['/evaluasi'], lacks: ['/admin', '/platform'] },
  admin_instansi: { has: ['/admin'], lacks: ['/platform', '/evaluasi'] },
  platform_admin: { has: ['/platform'], lacks: ['/saya', '/admin'] },
};

test('each demo role logs in and sees the right menu, then logs out', async ({ page }) => {
  const console = watchConsole(page);
  const accounts = await demoAccounts(page);
  // The list shows the README's usernames, and an employee's NIP beside it.
  await expect(page.locator('.demo-accounts tr[data-role=pegawai] code')).toHaveText('demo.pegawai');
  await expect(page.locator('.demo-accounts tr[data-role=pegawai] [data-nip]')).toContainText(accounts.get('pegawai')!);
  expect(await menuLinks(page)).not.toContain('/saya');
  for (const [role, { has, lacks }] of Object.entries(expected)) {
    await logIn(page, accounts.get(role)!);
    const links = await menuLinks(page);
    for (const href of has) expect(links, `${role} sees ${href}`).toContain(href);
    for (const href of lacks) expect(links, `${role} does not see ${href}`).not.toContain(href);
    await page.getByTestId('logout').click();
    await expect(page.locator('a.login-link')).toBeVisible();
    expect(await menuLinks(page)).not.toContain(has[0]);
  }
  console.assertNone();
});

test('a wrong password shows a translated error and no session', async ({ page, context }) => {
  await page.goto('/masuk');
  await waitForHydration(page);
  await page.locator('input[name=identifier]').fill('demo.platform_admin');
  await page.locator('input[name=password]').fill('not the password');
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.locator('.form-error')).toHaveText('NIP/nama pengguna atau kata sandi salah.');
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name.includes('session'))).toBeUndefined();
});

test('an employee sees their own record and cannot open another employee by URL', async ({ page }) => {
  // The refused record is served as a 404 page, which the browser logs as a failed document.
  const console = watchConsole(page, { expectedMissingDocument: /^\/pegawai\/\d+$/ });
  const accounts = await demoAccounts(page);
  // The supervisor's own employee id, read from their profile page.
  await logIn(page, accounts.get('pejabat_penilai')!);
  await page.goto('/saya');
  const supervisorId = await page.locator('article.profile').getAttribute('data-employee');
  await page.getByTestId('logout').click();
  await expect(page.locator('a.login-link')).toBeVisible();

  await logIn(page, accounts.get('pegawai')!);
  await page.goto('/saya');
  await expect(page.locator('article.profile dd').first()).toHaveText(accounts.get('pegawai')!);
  const ownId = await page.locator('article.profile').getAttribute('data-employee');

  // Changing the id in the address never reveals someone else's record.
  const response = await page.goto(`/pegawai/${supervisorId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
  await page.goto(`/pegawai/${ownId}`);
  await expect(page.locator('article.profile dd').first()).toHaveText(accounts.get('pegawai')!);
  await page.getByTestId('logout').click();
  // Wait for the logout to finish: its late answer would clear the next login's cookie.
  await expect(page.locator('a.login-link')).toBeVisible();

  // The supervisor may open the record of the person they assess.
  await logIn(page, accounts.get('pejabat_penilai')!);
  await page.goto(`/pegawai/${ownId}`);
  await expect(page.locator('article.profile dd').first()).toHaveText(accounts.get('pegawai')!);
  expect(response).not.toBeNull();
  console.assertNone();
});

test('the HR office imports a CSV file and sees every problem by line and column', async ({ page }) => {
  const console = watchConsole(page);
  const accounts = await demoAccounts(page);
  await logIn(page, accounts.get('admin_instansi')!);
  await page.goto('/admin');
  await waitForHydration(page);
  const header = 'NIP,Nama,Jenis ASN,Jenis Kelamin,Tanggal Lahir,Golongan,Jenis Jabatan,Nama Jabatan,Jenjang,Pendidikan,Kode Unit\n';
  const bad = header
    + '199801012023011001,Eka Baru,PNS,P,1998-01-01,III/a,Pelaksana,Staf,,S1,DINKES\n'
    + '1998010120230110XY,Fajar,PNS,L,1998-01-01,III/a,Pelaksana,Staf,,S1,DINKES\n'
    + '199802022023011002,=CMD(),PNS,L,1998-02-02,III/a,Pelaksana,Staf,,S1,DINKES\n';
  await page.locator('section.import input[type=file]').setInputFiles({ name: 'pegawai.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByRole('button', { name: 'Impor', exact: true }).click();
  const rows = page.locator('.import-errors tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).locator('td').nth(0)).toHaveText('2');
  await expect(rows.nth(0).locator('td').nth(1)).toHaveText('Jenis Kelamin');
  await expect(rows.nth(1).locator('td').nth(1)).toHaveText('NIP');
  await expect(rows.nth(2).locator('td').nth(1)).toHaveText('Nama');

  const good = header + '199801012023012001,Eka Baru,PNS,P,1998-01-01,III/a,Pelaksana,Staf,,S1,DINKES\n';
  await page.locator('section.import input[type=file]').setInputFiles({ name: 'pegawai.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.getByRole('button', { name: 'Impor', exact: true }).click();
  await expect(page.locator('section.import .notice')).toHaveAttribute('data-imported', '1');
  await page.goto('/admin?q=199801012023012001');
  await expect(page.locator('table.data tbody tr')).toHaveCount(1);

  // A real Excel workbook whose NIP was typed as a number and with a formula cell.
  await page.goto('/admin');
  await waitForHydration(page);
  await page.locator('section.import input[type=file]').setInputFiles('../server/tests/fixtures/employees-bad.xlsx');
  await page.getByRole('button', { name: 'Impor', exact: true }).click();
  const xlsxRows = page.locator('.import-errors tbody tr');
  await expect(xlsxRows.first().locator('td').nth(1)).toHaveText('NIP');
  await expect(page.locator('.import-errors')).toContainText('harus disimpan sebagai teks');
  console.assertNone();
});

test('an employee asks for a correction and the HR office closes it', async ({ page }) => {
  const console = watchConsole(page, { expectedRefusals: /^\/api\/admin\/corrections\/resolve$/ });
  const accounts = await demoAccounts(page);
  await logIn(page, accounts.get('pegawai')!);
  await page.goto('/saya');
  await waitForHydration(page);
  await page.locator('section.correction select[name=field]').selectOption('education');
  await page.locator('section.correction textarea[name=message]').fill('Sudah lulus S2 pada Juli 2026.');
  await page.getByRole('button', { name: 'Kirim permintaan koreksi' }).click();
  await expect(page.getByTestId('correction-sent')).toBeVisible();
  await expect(page.locator('.my-corrections li[data-status=open]')).toContainText('Sudah lulus S2 pada Juli 2026.');
  await page.getByTestId('logout').click();
  await expect(page.locator('a.login-link')).toBeVisible();

  await logIn(page, accounts.get('admin_instansi')!);
  await page.goto('/admin');
  const request = page.locator('section.corrections li', { hasText: 'Sudah lulus S2 pada Juli 2026.' });
  await expect(request).toBeVisible();
  await waitForHydration(page);
  // Rejecting needs a note for the employee: the server says so, and the request stays open.
  await request.getByRole('button', { name: 'Tolak' }).click();
  await expect(page.locator('.form-error')).toContainText('Catatan wajib diisi');
  // The refused field is marked and linked to the message (a screen reader reads both).
  const note = request.locator('input[name=note]');
  await expect(note).toHaveAttribute('aria-invalid', 'true');
  const describedBy = await note.getAttribute('aria-describedby');
  await expect(page.locator(`#${describedBy}`)).toContainText('Catatan wajib diisi');
  await request.locator('input[name=note]').fill('Ijazah S2 sudah dicatat.');
  await request.getByRole('button', { name: 'Tandai selesai' }).click();
  await expect(page.getByText('Permintaan ditutup.')).toBeVisible();
  await expect(request).toHaveCount(0);
  // The employee sees the answer on their profile.
  await page.getByTestId('logout').click();
  await expect(page.locator('a.login-link')).toBeVisible();
  await logIn(page, accounts.get('pegawai')!);
  await page.goto('/saya');
  const mine = page.locator('.my-corrections li[data-status=done]');
  await expect(mine).toContainText('Sudah lulus S2 pada Juli 2026.');
  await expect(mine).toContainText('Ijazah S2 sudah dicatat.');
  console.assertNone();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a wrong password shows the error on the login page, and the right one logs in', async ({ page, context }) => {
    await page.goto('/masuk');
    await page.locator('input[name=identifier]').fill('demo.platform_admin');
    await page.locator('input[name=password]').fill('not the password');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect(page).toHaveURL(/\/masuk/);
    await expect(page.locator('.form-error')).toHaveText('NIP/nama pengguna atau kata sandi salah.');
    expect((await context.cookies()).find((c) => c.name.includes('session'))).toBeUndefined();

    await page.locator('input[name=identifier]').fill('demo.platform_admin');
    await page.locator('input[name=password]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect(page.getByTestId('logout')).toBeVisible();
    expect((await context.cookies()).find((c) => c.name.includes('session'))).toBeDefined();
  });
});
