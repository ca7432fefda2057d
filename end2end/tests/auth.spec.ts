import { test, expect, type Page } from '@playwright/test';
import { watchConsole, waitForHydration } from './helpers';

const DEMO_PASSWORD = 'prestasi-demo-2026';

/** The demo accounts as the login page lists them (demo mode): role → identifier. */
async function demoAccounts(page: Page): Promise<Map<string, string>> {
  await page.goto('/masuk');
  await waitForHydration(page);
  const rows = page.locator('.demo-accounts tr[data-role]');
  await expect(rows).toHaveCount(6);
  const accounts = new Map<string, string>();
  for (const row of await rows.all()) {
    accounts.set((await row.getAttribute('data-role'))!, (await row.locator('code').textContent())!.trim());
  }
  return accounts;
}

async function logIn(page: Page, identifier: string) {
  await page.goto('/masuk');
  await waitForHydration(page);
  await page.locator('input[name=identifier]').fill(identifier);
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByTestId('logout')).toBeVisible();
}

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

  // The supervisor may open the record of the person they assess.
  await logIn(page, accounts.get('pejabat_penilai')!);
  await page.goto(`/pegawai/${ownId}`);
  await expect(page.locator('article.profile dd').first()).toHaveText(accounts.get('pegawai')!);
  expect(response).not.toBeNull();
  console.assertNone();
});
