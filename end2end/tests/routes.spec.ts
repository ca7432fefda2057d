import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import { demoAccounts, logIn, waitForHydration } from './helpers';
import { DYNAMIC, ROLES, STATIC, expectedStatus, sessionRoles } from './route-list';

// Every route opened the way people reach it: directly (a reload, a shared link) by every demo
// role and by a visitor, in both languages, at a 360-px phone width. A page must answer the
// status its audience gives it, render nothing of a refused page, hydrate without a console
// error, fit the phone, and stay alive (an in-app link still navigates).

async function setLanguage(context: BrowserContext, baseURL: string, code: 'id' | 'en') {
  await context.addCookies([{ name: 'lang', value: code, url: baseURL }]);
}

/**
 * Opens `path` directly and checks everything a user would notice. Returns the in-app links of
 * the page (for the dynamic routes).
 */
async function openDirectly(
  page: Page,
  path: string,
  status: number,
  lang: 'id' | 'en',
  label: string,
): Promise<string[]> {
  const errors: string[] = [];
  const onConsole = (msg: import('@playwright/test').ConsoleMessage) => {
    if (msg.type() !== 'error') return;
    const url = msg.location().url ? new URL(msg.location().url).pathname : '';
    // A refused or missing page is itself logged by the browser as a failed document load.
    if (status !== 200 && url === path && msg.text().includes(String(status))) return;
    errors.push(`${msg.text()} (${msg.location().url})`);
  };
  const onError = (err: Error) => errors.push(String(err));
  page.on('console', onConsole);
  page.on('pageerror', onError);
  try {
    const response = await page.goto(path);
    expect(response?.status(), `${label}: status`).toBe(status);
    await expect(page.locator('html'), label).toHaveAttribute('lang', lang);
    await waitForHydration(page);
    await expect(page.locator('main h1').first(), `${label}: a heading`).toBeVisible();
    if (status !== 200) {
      // The error page alone: nothing of the refused page behind it.
      await expect(page.locator('main .error-page'), label).toHaveCount(1);
      expect(await page.locator('main form').count(), `${label}: no form of the refused page`).toBe(0);
      expect(await page.locator('main article').count(), `${label}: only the error page`).toBe(1);
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect.soft(overflow, `${label}: no sideways scrolling at 360 px`).toBeLessThanOrEqual(0);
    const links = await page
      .locator('main a[href^="/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect.soft(errors, `${label}: console\n${errors.join("\n")}`).toEqual([]);
    return links;
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
  }
}

/** The page is alive: an in-app link still navigates (a dead page ignores every click). */
async function provesAlive(page: Page, label: string) {
  const target = page.url().endsWith('/simulasi/predikat') ? '/' : '/simulasi/predikat';
  const link = page.locator(`a[href="${target}"]`).first();
  if (!(await link.isVisible())) await page.locator('.nav-details summary').click();
  await page.locator(`a[href="${target}"]`).first().click();
  await expect(page, `${label}: in-app navigation`).toHaveURL(new RegExp(`${target.replace(/\//g, '\\/')}$`));
  await expect(page.locator('main h1').first()).toBeVisible();
}

for (const role of ['visitor', ...ROLES]) {
  test(`every route opened directly as ${role}, in both languages, on a phone`, async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 360, height: 740 });
    if (role !== 'visitor') {
      const accounts = await demoAccounts(page);
      await logIn(page, accounts.get(role)!);
    }
    await page.goto('/');
    const roles = await sessionRoles(page);
    expect(roles === null, 'logged in as expected').toBe(role === 'visitor');

    const found = new Map<RegExp, string>();
    const visit = async (path: string, status: number) => {
      for (const lang of ['id', 'en'] as const) {
        await setLanguage(context, baseURL!, lang);
        const label = `${role} ${lang} ${path}`;
        const links = await openDirectly(page, path, status, lang, label);
        for (const href of links) {
          const pattern = DYNAMIC.find((p) => p.test(href));
          if (pattern && !found.has(pattern)) found.set(pattern, href);
        }
        if (lang === 'id') await provesAlive(page, label);
      }
    };
    for (const [path, audience] of STATIC) {
      await visit(path, expectedStatus(audience, roles));
    }
    // Dynamic routes this role was shown a link to; a link leads to a page that opens.
    for (const [, href] of found) await visit(href, 200);
    await setLanguage(context, baseURL!, 'id');
  });
}

test('a record that does not exist answers 404 on every dynamic route', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const accounts = await demoAccounts(page);
  await logIn(page, accounts.get('admin_instansi')!);
  for (const path of [
    '/pegawai/999999',
    '/tim/skp/999999',
    '/dokumen/skp/999999',
    '/dokumen/evaluasi/999999/0',
    '/keberatan/999999',
    '/admin/pegawai/999999',
  ]) {
    await openDirectly(page, path, 404, 'id', `missing ${path}`);
  }
});
