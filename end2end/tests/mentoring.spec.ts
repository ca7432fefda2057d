import { test, expect, type Browser, type Page } from '@playwright/test';
import { demoAccounts, logIn, waitForHydration, watchConsole } from './helpers';

// Mentoring (issue 15, item 5) as people use it: the HR office picks a mentee, sees the
// suggested mentors with the rule's reasons, and pairs the demo pejabat penilai as mentor; both
// sides log a session in one shared log, which becomes the mentee's learning hours (105
// minutes: 2 JP); the mentee rates the mentor (the HR office sees no mean under three
// answers); the mentor ends the pairing with a note.

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function as(browser: Browser, identifier: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const console = watchConsole(page, { expectedRefusals: /^\/api\/development\// });
  await logIn(page, identifier);
  return { page, console, close: () => context.close() };
}

async function employeeId(page: Page): Promise<string> {
  const user = JSON.parse((await page.locator('#session-user').textContent())!);
  return String(user.employee_id);
}

test('a mentor paired from the suggestions, sessions logged by both sides count as JP, feedback and an ending', async ({ browser, page: first }) => {
  const accounts = await demoAccounts(first);
  const pegawai = await as(browser, accounts.get('pegawai')!);
  const penilai = await as(browser, accounts.get('pejabat_penilai')!);
  const hr = await as(browser, accounts.get('admin_instansi')!);
  await pegawai.page.goto('/mentoring');
  await waitForHydration(pegawai.page);
  const mentee = await employeeId(pegawai.page);
  await penilai.page.goto('/mentoring');
  await waitForHydration(penilai.page);
  const mentor = await employeeId(penilai.page);
  const goals = `Menyusun telaahan staf secara mandiri ${Date.now()}`;

  // The HR office: suggestions appear for the chosen mentee, best first, with their reasons.
  await hr.page.goto('/mentoring');
  await waitForHydration(hr.page);
  const form = hr.page.getByTestId('pair-form');
  await form.locator('select[name="input[mentee_id]"]').selectOption(mentee);
  const suggested = form.getByTestId('suggestion');
  await expect(suggested.first()).toBeVisible();
  await expect(suggested.first()).toContainText('Skor');
  expect(await suggested.count()).toBeLessThanOrEqual(10);
  await form.getByTestId('mentor').selectOption(mentor);
  await form.locator('textarea[name="input[goals]"]').fill(goals);
  await form.locator('input[name="input[start_date]"]').fill(day(-14));
  await form.locator('input[name="input[end_date]"]').fill(day(120));
  await form.getByRole('button', { name: 'Pasangkan' }).click();
  await expect(hr.page.getByRole('status')).toContainText('Mentor dipasangkan');

  // Both sides log a session in the one log.
  const logSession = async (page: Page, topic: string, minutes: string, daysAgo: number) => {
    await page.goto('/mentoring');
    await waitForHydration(page);
    const card = page.getByTestId('pair').filter({ hasText: goals });
    await card.locator('summary', { hasText: 'Catat sesi' }).click();
    await card.locator('input[name="input[date]"]').fill(day(-daysAgo));
    await card.locator('input[name="input[topic]"]').fill(topic);
    await card.locator('input[name="input[minutes]"]').fill(minutes);
    await card.getByRole('button', { name: 'Catat sesi' }).click();
    await expect(card.getByTestId('session').filter({ hasText: topic })).toBeVisible();
    return card;
  };
  await logSession(pegawai.page, 'Kerangka telaahan staf', '60', 7);
  const card = await logSession(penilai.page, 'Umpan balik draf pertama', '45', 3);
  await expect(card).toHaveAttribute('data-minutes', '105');
  await expect(card.getByTestId('session')).toHaveCount(2);

  // The mentee's learning record: bimbingan di tempat kerja, 105 minutes = 2 JP.
  await pegawai.page.goto('/saya/pembelajaran');
  await waitForHydration(pegawai.page);
  const record = pegawai.page.locator('tr', { hasText: 'Mentoring' });
  await expect(record).toContainText('bimbingan di tempat kerja');
  await expect(record.locator('td').nth(3)).toHaveText('2');

  // The mentee rates the mentor; the HR office sees the count, not a mean.
  await pegawai.page.goto('/mentoring');
  await waitForHydration(pegawai.page);
  const mine = pegawai.page.getByTestId('pair').filter({ hasText: goals });
  await mine.locator('summary', { hasText: 'Umpan balik' }).click();
  await mine.locator('select[name=rating]').selectOption('5');
  await mine.getByRole('button', { name: 'Kirim umpan balik' }).click();
  await expect(mine).toContainText('Umpan balik sudah diberikan');
  await hr.page.reload();
  await waitForHydration(hr.page);
  const row = hr.page.getByTestId('mentor-overview').locator(`tr[data-mentor="${mentor}"]`);
  await expect(row).toContainText('kurang dari 3 jawaban');

  // The mentor ends it with a note; no more sessions can be logged.
  await penilai.page.goto('/mentoring');
  await waitForHydration(penilai.page);
  const theirs = penilai.page.getByTestId('pair').filter({ hasText: goals });
  await theirs.locator('summary', { hasText: 'Akhiri mentoring' }).click();
  await theirs.locator('input[name=note]').fill('Tujuan tercapai lebih cepat');
  await theirs.getByRole('button', { name: 'Akhiri' }).click();
  await expect(theirs).toHaveAttribute('data-status', 'ended');
  await expect(theirs.locator('summary', { hasText: 'Catat sesi' })).toHaveCount(0);
  await expect(theirs).toContainText('Tujuan tercapai lebih cepat');

  for (const who of [pegawai, penilai, hr]) {
    who.console.assertNone();
    await who.close();
  }
});
