import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:3000';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
async function login(page, id) {
  await page.goto(base + '/masuk');
  await page.waitForSelector('body[data-hydrated=true]');
  await page.fill('input[name=identifier]', id);
  await page.fill('input[name=password]', 'prestasi-demo-2026');
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByTestId('logout').waitFor();
}
for (const [w, name] of [[1280, 'desk'], [360, 'phone']]) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 } });
  page.on('console', m => { if (m.type() === 'error') console.log('console error', m.text()); });
  await login(page, 'demo.pegawai');
  await page.goto(base + '/karier');
  await page.waitForSelector('body[data-hydrated=true]');
  await page.getByTestId('odds-run').click();
  await page.getByTestId('odds-result').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shots/karier-${name}.png`, fullPage: true });
  console.log(name, 'scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth));
  await page.close();
}
// HR reads a showcase career
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await login(page, 'demo.admin_instansi');
const id = await page.evaluate(async () => 0);
await page.goto(base + '/admin/pegawai');
await browser.close();
