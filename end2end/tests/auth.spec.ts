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
