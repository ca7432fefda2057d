import { test, expect, type Browser } from '@playwright/test';
import { demoAccounts, logIn, waitForHydration, watchConsole } from './helpers';

// The individual development plan (issue 15, item 6) as people use it. The demo pegawai was
// rated last year with Adaptif below expectation: from the dashboard they open their plan
// page, read the suggestion and where it comes from, make the plan from it, link the
// suggested training to a catalogue offering, add an assignment of their own and submit. The
// pejabat penilai finds it on /tugas, returns it (a note is required), then agrees the
// resubmitted plan; the employee records progress and the dashboard counts it.

async function as(browser: Browser, identifier: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const console = watchConsole(page, { expectedRefusals: /^\/api\/development\// });
  await logIn(page, identifier);
  return { page, console, close: () => context.close() };
}

test('a development plan is suggested from a low behaviour rating and agreed by the penilai', async ({ browser, page: first }) => {
  const accounts = await demoAccounts(first);
  const pegawai = await as(browser, accounts.get('pegawai')!);
  const page = pegawai.page;

  // From the dashboard's card to the plan page.
  await page.goto('/');
  await waitForHydration(page);
  const card = page.getByTestId('card-idp');
  await expect(card).toHaveAttribute('data-status', 'none');
  await card.click();
  await expect(page).toHaveURL(/\/saya\/pengembangan$/);
  await waitForHydration(page);
  const suggestion = page.getByTestId('idp-suggestion');
  await expect(suggestion).toHaveCount(1);
  await expect(suggestion).toContainText('Mengelola perubahan');
  await expect(suggestion).toContainText('perilaku Adaptif dinilai di bawah ekspektasi');

  // The plan starts from the suggestion.
  await page.getByTestId('idp-start').click();
  const plan = page.getByTestId('idp-plan');
  await expect(plan).toHaveAttribute('data-status', 'draft');
  const actions = plan.getByTestId('idp-action');
  await expect(actions).toHaveCount(1);
  await expect(actions.first()).toHaveAttribute('data-focus', 'mengelola_perubahan');

  // Link the suggested training to the catalogue.
  const suggested = actions.first();
  await suggested.locator('summary').click();
  const offering = suggested.locator('select[name="input[offering_id]"]');
  const firstOffering = await offering.locator('option').nth(1).textContent();
  await offering.selectOption({ index: 1 });
  await suggested.getByRole('button', { name: 'Simpan' }).click();
  await expect(actions.first().getByTestId('idp-offering')).toContainText(firstOffering!.trim());

  // An assignment of the employee's own.
  const add = plan.getByTestId('idp-add');
  await plan.locator('details.card > summary').click();
  await add.locator('select[name="input[focus]"]').selectOption('kerjasama');
  await add.locator('select[name="input[kind]"]').selectOption('on_the_job');
  await add.locator('input[name="input[description]"]').fill('Memimpin tim lintas seksi untuk akreditasi');
  await add.getByRole('button', { name: 'Tambah' }).click();
  await expect(actions).toHaveCount(2);
  await expect(actions.nth(1)).toContainText('tindakan Anda sendiri');
  await page.getByTestId('idp-submit').click();
  await expect(plan).toHaveAttribute('data-status', 'submitted');

  // The penilai: a task, then the team's plans; returning needs a note.
  const penilai = await as(browser, accounts.get('pejabat_penilai')!);
  await penilai.page.goto('/tugas');
  await waitForHydration(penilai.page);
  await penilai.page.locator('li[data-task=idp_agree] a').click();
  await expect(penilai.page).toHaveURL(/\/tim\/pengembangan$/);
  await waitForHydration(penilai.page);
  const submitted = penilai.page.locator('[data-testid=idp-member][data-status=submitted]');
  await expect(submitted).toHaveCount(1);
  await expect(submitted.getByTestId('idp-action')).toHaveCount(2);
  await submitted.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(penilai.page.locator('.form-error')).toContainText('alasan');
  await submitted.locator('input[name=note]').fill('Tambahkan target waktu yang lebih awal');
  await submitted.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(submitted).toHaveCount(0);

  // The employee reads why and submits again; the penilai agrees.
  await page.reload();
  await waitForHydration(page);
  await expect(page.getByTestId('idp-returned')).toContainText('Tambahkan target waktu yang lebih awal');
  await page.getByTestId('idp-submit').click();
  await expect(plan).toHaveAttribute('data-status', 'submitted');
  await penilai.page.reload();
  await waitForHydration(penilai.page);
  const again = penilai.page.locator('[data-testid=idp-member][data-status=submitted]');
  await again.getByRole('button', { name: 'Setujui rencana' }).click();
  await expect(again).toHaveCount(0);

  // Agreed: progress on the first action, counted on the dashboard.
  await page.reload();
  await waitForHydration(page);
  await expect(plan).toHaveAttribute('data-status', 'agreed');
  const form = actions.first().getByTestId('idp-progress-form');
  await form.locator('select[name=progress]').selectOption('done');
  await form.getByRole('button', { name: 'Catat kemajuan' }).click();
  await expect(actions.first()).toHaveAttribute('data-progress', 'done');
  await page.goto('/');
  await waitForHydration(page);
  await expect(card).toHaveAttribute('data-status', 'agreed');
  await expect(card.locator('.figure')).toHaveText('1/2');

  for (const who of [pegawai, penilai]) {
    who.console.assertNone();
    await who.close();
  }
});
