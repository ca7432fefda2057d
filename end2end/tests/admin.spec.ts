import { test, expect, type Page } from '@playwright/test';
import { demoAccounts, logIn, watchConsole, waitForHydration } from './helpers';

/** The edit page of the n-th employee listed on /admin (the list is ordered by id). */
async function openEdit(page: Page, nth: number): Promise<string> {
  await page.goto('/admin');
  const link = page.locator('table.data tbody tr').nth(nth).locator('a.edit-link');
  const href = (await link.getAttribute('href'))!;
  await page.goto(href);
  await waitForHydration(page);
  return href;
}

test('the HR office edits a record, sees it in the history, and a stale tab gets a conflict', async ({ context }) => {
  const first = await context.newPage();
  const console = watchConsole(first, { expectedRefusals: /^\/api\/admin\/employee\/update$/ });
  const accounts = await demoAccounts(first);
  await logIn(first, accounts.get('admin_instansi')!);
  const href = await openEdit(first, 20);

  // A second tab of the same HR office opens the same record before the first one saves.
  const second = await context.newPage();
  await second.goto(href);
  await waitForHydration(second);

  const form = first.getByTestId('employee-form');
  // A bad value is reported by its field, and nothing is saved.
  await form.locator('input[name="input[position_tmt]"]').fill('');
  await form.locator('input[name="input[name]"]').fill('');
  await form.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(first.getByTestId('employee-errors')).toContainText('Nama: Nama wajib diisi');

  await form.locator('input[name="input[name]"]').fill('Rahmat Pratama Edit');
  await form.locator('input[name="input[golongan_tmt]"]').fill('2026-10-01');
  await form.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(first.getByTestId('employee-saved')).toBeVisible();
  // The form now holds the stored record (and its new version).
  await expect(first.getByTestId('employee-form').locator('input[name="input[name]"]')).toHaveValue('Rahmat Pratama Edit');

  const stale = second.getByTestId('employee-form');
  await stale.locator('input[name="input[position_name]"]').fill('Jabatan Dari Tab Lama');
  await stale.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(second.getByTestId('employee-errors')).toContainText('sudah diubah orang lain');
  await second.getByRole('button', { name: 'Muat ulang' }).click();
  await expect(second.getByTestId('employee-form').locator('input[name="input[name]"]')).toHaveValue('Rahmat Pratama Edit');

  // The employee's page shows the new rank start in the history; the audit log has the change.
  const id = href.split('/').pop();
  await first.goto(`/pegawai/${id}`);
  await expect(first.locator('h1')).toHaveText('Rahmat Pratama Edit');
  await expect(first.locator('section[data-history=rank]')).toContainText('1 Oktober 2026');
  await first.goto('/admin/audit');
  const entry = first.locator('li[data-action=employee_updated]').first();
  await expect(entry).toContainText('Rahmat Pratama Edit');
  console.assertNone();
});

test('the HR office adds a unit, names an assessor and grants a role', async ({ page }) => {
  const console = watchConsole(page, { expectedRefusals: /^\/api\/admin\/units\/save$/ });
  const accounts = await demoAccounts(page);
  await logIn(page, accounts.get('admin_instansi')!);

  await page.goto('/admin/unit');
  await waitForHydration(page);
  const add = page.locator('form.unit-form').first();
  await add.locator('input[name=code]').fill('DINKES-LAB');
  await add.locator('input[name=name]').fill('UPT Laboratorium Kesehatan');
  await add.locator('select[name=parent_id]').selectOption({ label: 'Dinas Kesehatan (DINKES)' });
  await add.getByRole('button', { name: 'Simpan unit' }).click();
  await expect(page.locator('li[data-unit=DINKES-LAB]')).toContainText('UPT Laboratorium Kesehatan');
  // The same code again is refused with its reason.
  await add.locator('input[name=code]').fill('DINKES-LAB');
  await add.locator('input[name=name]').fill('Duplikat');
  await add.getByRole('button', { name: 'Simpan unit' }).click();
  await expect(page.locator('.form-error')).toContainText('Kode unit sudah dipakai');

  // Name the demo pejabat penilai as the assessor of another employee from today.
  const href = await openEdit(page, 30);
  const today = new Date().toISOString().slice(0, 10);
  const line = page.getByTestId('line-form');
  await line.locator('input[name=penilai_nip]').fill(accounts.get('pejabat_penilai')!);
  await line.locator('input[name=start_date]').fill(today);
  await line.getByRole('button', { name: 'Simpan garis pelaporan' }).click();
  await expect(page.getByText('Pejabat penilai diperbarui.')).toBeVisible();
  await expect(page.locator('section[data-history=lines] tbody tr').first()).toContainText(accounts.get('pejabat_penilai')!);

  // Issue that employee an initial password and grant them the tim evaluasi role.
  await page.getByRole('button', { name: 'Buat kata sandi awal sekali pakai' }).click();
  const password = (await page.getByTestId('initial-password').textContent())!.trim();
  expect(password).toHaveLength(16);
  const nip = await page.locator('input[name="input[nip]"]').inputValue();
  await page.goto('/admin/peran');
  await waitForHydration(page);
  await page.getByRole('textbox', { name: 'NIP atau nama pengguna' }).fill(nip);
  await page.locator('select[name=role]').selectOption('tim_evaluasi');
  await page.getByRole('button', { name: 'Berikan peran' }).click();
  await expect(page.locator(`tr[data-grant="${nip}:tim_evaluasi"]`)).toBeVisible();

  // They log in with the initial password and are sent to change it first.
  await page.getByTestId('logout').click();
  await expect(page.locator('a.login-link')).toBeVisible();
  await page.goto('/masuk');
  await waitForHydration(page);
  await page.locator('input[name=identifier]').fill(nip);
  await page.locator('input[name=password]').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).toHaveURL(/\/ganti-sandi/);
  expect(href).toContain('/admin/pegawai/');
  console.assertNone();
});
