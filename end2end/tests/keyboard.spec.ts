import { test, expect, type Page } from '@playwright/test';
import { demoAccounts, logIn, tabTo, waitForHydration, watchConsole } from './helpers';

// Keyboard alone, no mouse: every control reached with Tab and operated with keys. (The SKP
// editor and the rating flow are done with the keyboard in skp.spec.ts.)

/** Chooses the option at `index` of the focused select with the arrow keys. */
async function chooseWithKeys(page: Page, index: number) {
  await page.keyboard.press('Home');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

test('the distribution sandbox works with the keyboard alone', async ({ page }) => {
  const console = watchConsole(page);
  const accounts = await demoAccounts(page);
  await logIn(page, accounts.get('pejabat_penilai')!);
  await page.goto('/tim/distribusi');
  await waitForHydration(page);
  const selects = page.locator('table.sandbox select');
  await expect(selects.first()).toBeVisible();
  const n = await selects.count();
  const order = await selects.first().locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const verdict = page.getByTestId('distribution-verdict');
  // Everyone Baik: flagged. Each select is the next Tab stop after the one before.
  await tabTo(page, '[data-testid="try-0"]');
  for (let i = 0; i < n; i++) {
    if (i > 0) await tabTo(page, `[data-testid="try-${i}"]`, 3);
    await chooseWithKeys(page, order.indexOf('baik'));
    await expect(page.getByTestId(`try-${i}`)).toHaveValue('baik');
  }
  await expect(verdict).toHaveAttribute('data-compliant', 'false');
  // Back with Shift+Tab: the last one Butuh Perbaikan, those above it to 70% Sangat Baik.
  await chooseWithKeys(page, order.indexOf('butuh_perbaikan'));
  for (let i = n - 2; i >= Math.floor(0.7 * n); i--) {
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByTestId(`try-${i}`)).toBeFocused();
    await chooseWithKeys(page, order.indexOf('sangat_baik'));
  }
  await expect(verdict).toHaveAttribute('data-compliant', 'true');
  console.assertNone();
});
