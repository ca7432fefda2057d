import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { demoAccounts, logIn, waitForHydration } from './helpers';
import { DYNAMIC, ROLES, STATIC, expectedStatus, sessionRoles } from './route-list';

// Accessibility, checked by axe-core (WCAG 2.1 A and AA rules) on every page each demo role and
// a visitor can open, and on the error page of a route they are refused, in Indonesian and
// English, at desktop width and on a 360-px phone, after hydration. Any serious or critical
// violation fails the test; the counts are printed for the browser stage's note.

const WIDTHS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
];

async function violations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const nodes = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ');
      return `${where}: ${v.impact} ${v.id} (${v.help}) at ${nodes}`;
    });
}

/** The pages `role` can open: every static route it is admitted to, one it is refused (the
 * error page), and the first link of each dynamic route it is shown. */
async function pagesOf(page: Page): Promise<string[]> {
  await page.goto('/');
  const roles = await sessionRoles(page);
  const admitted = STATIC.filter(([, a]) => expectedStatus(a, roles) === 200).map(([p]) => p);
  const refused = STATIC.find(([, a]) => expectedStatus(a, roles) !== 200)?.[0];
  const dynamic = new Map<RegExp, string>();
  for (const path of admitted) {
    await page.goto(path);
    const hrefs = await page
      .locator('main a[href^="/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) {
      const pattern = DYNAMIC.find((p) => p.test(href));
      if (pattern && !dynamic.has(pattern)) dynamic.set(pattern, href);
    }
  }
  return [...admitted, ...(refused ? [refused] : []), ...dynamic.values()];
}

for (const role of ['visitor', ...ROLES]) {
  test(`axe: every page as ${role}, in both languages, on desktop and phone`, async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(300_000);
    if (role !== 'visitor') {
      const accounts = await demoAccounts(page);
      await logIn(page, accounts.get(role)!);
    }
    const paths = await pagesOf(page);
    const found: string[] = [];
    let views = 0;
    for (const lang of ['id', 'en'] as const) {
      await context.addCookies([{ name: 'lang', value: lang, url: baseURL! }]);
      for (const { name, width, height } of WIDTHS) {
        await page.setViewportSize({ width, height });
        for (const path of paths) {
          await page.goto(path);
          await waitForHydration(page);
          found.push(...(await violations(page, `${role} ${lang} ${name} ${path}`)));
          views += 1;
        }
      }
    }
    await context.addCookies([{ name: 'lang', value: 'id', url: baseURL! }]);
    console.log(`axe ${role}: ${found.length} serious or critical violations on ${views} page views`);
    expect(found, found.join('\n')).toEqual([]);
  });
}
