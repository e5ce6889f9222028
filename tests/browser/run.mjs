// End-to-end tests of Pamoja's pages in headless Chromium (Debian's), against a server that
// scripts/test starts on the small demo. Run: PAMOJA_URL=http://127.0.0.1:PORT node run.mjs
// Screenshots of each role's home page go to $PAMOJA_ARTIFACTS (default ../../target/browser).
// Prints each page's bytes transferred with a cold cache.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';

const base = process.env.PAMOJA_URL;
const artifacts = process.env.PAMOJA_ARTIFACTS ?? new URL('../../target/browser', import.meta.url).pathname;
mkdirSync(artifacts, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});

/** Every request a page made to anywhere but this server (a CDN, fonts, analytics). */
const outside = [];

/** Signs in through the form, in a fresh context (cold cache); returns the page. */
async function signIn(username, { javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ javaScriptEnabled });
  context.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) outside.push(r.url());
  });
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill('pamoja-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/`);
  return page;
}

/** Bytes transferred to load `path` in a fresh context with a cold cache (all requests). */
async function weigh(username, path) {
  const page = await signIn(username);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  await page.context().close();
  return bytes;
}

const results = [];
async function test(name, body) {
  try {
    await body();
    results.push(['ok', name]);
  } catch (e) {
    results.push(['FAILED', name, e.message]);
  }
}

await test('a head teacher signs in with JavaScript off and sees their school', async () => {
  const page = await signIn('ht', { javaScriptEnabled: false });
  await assert.doesNotReject(page.getByRole('heading', { name: /Welcome/ }).waitFor());
  assert.match(await page.content(), /To do/);
  await page.context().close();
});

await test('a form posted without its CSRF token is refused', async () => {
  const page = await signIn('ht');
  const status = await page.evaluate(async () => (await fetch('/sign-out', { method: 'POST', body: new URLSearchParams({ csrf: 'forged' }) })).status);
  assert.equal(status, 403);
  await page.goto(`${base}/`);
  assert.match(await page.content(), /Welcome/, 'the session survives a forged form');
  await page.context().close();
});

await test('signing out ends the session', async () => {
  const page = await signIn('deo');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(`${base}/sign-in`);
  await page.goto(`${base}/`);
  assert.equal(new URL(page.url()).pathname, '/sign-in');
  await page.context().close();
});

/** The links of the "Under …" table on the current page: [{ name, href }]. */
async function childLinks(page) {
  return page.$$eval('section[aria-labelledby="kpis"] table:nth-of-type(2) td a', (as) => as.map((a) => ({ name: a.textContent, href: a.getAttribute('href') })));
}

let otherSchool = null;
await test('a DEO drills down from the district to a school', async () => {
  const page = await signIn('deo');
  const sectors = await childLinks(page);
  assert.ok(sectors.length > 0, 'the district lists its sectors');
  await page.getByRole('link', { name: sectors[0].name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: sectors[0].name }).waitFor();
  const schools = await childLinks(page);
  assert.ok(schools.length > 0, 'the sector lists its schools');
  await page.getByRole('link', { name: schools[schools.length - 1].name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: schools[schools.length - 1].name }).waitFor();
  assert.match(await page.content(), /Meetings held of those planned/);
  otherSchool = schools;
  await page.context().close();
});

await test("a teacher cannot open another school's page", async () => {
  const page = await signIn('teacher');
  const own = await page.$eval('#kpis', (h) => h.textContent.split(':')[0]);
  const other = (otherSchool ?? []).find((s) => s.name !== own);
  assert.ok(other, 'the DEO test found another school');
  const response = await page.goto(`${base}${other.href}`);
  assert.equal(response.status(), 403);
  assert.match(await page.content(), /Not yours to see/);
  assert.doesNotMatch(await page.content(), /Meetings held of those planned/);
  await page.context().close();
});

for (const username of ['ht', 'ssl', 'teacher', 'coach', 'slf', 'sei', 'deo', 'lll', 'nll', 'me', 'admin', 'researcher']) {
  await test(`${username}'s home page renders (screenshot)`, async () => {
    const page = await signIn(username);
    await page.getByRole('heading', { name: /Welcome/ }).waitFor();
    await page.screenshot({ path: `${artifacts}/home-${username}.png`, fullPage: true });
    await page.context().close();
  });
}

await test('no page loads anything from outside the server', async () => {
  assert.deepEqual(outside, []);
});

const weights = [];
for (const [username, path] of [['ht', '/'], ['deo', '/'], ['admin', '/']]) {
  weights.push([`${username} ${path}`, await weigh(username, path)]);
}
await browser.close();

for (const [status, name, why] of results) console.log(`${status.padEnd(6)} ${name}${why ? `: ${why}` : ''}`);
for (const [page, bytes] of weights) console.log(`weight ${page}: ${(bytes / 1024).toFixed(1)} KB transferred, cold cache`);
const failed = results.filter(([s]) => s !== 'ok').length;
console.log(`${results.length - failed} passed, ${failed} failed; screenshots in ${artifacts}`);
process.exit(failed ? 1 : 0);
