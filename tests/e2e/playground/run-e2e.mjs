#!/usr/bin/env node
// usage: node playground/run-e2e.mjs SCENARIO HOST_DLL HOST_DIR OUT_DIR [DNS]   (SCENARIO: webchat | playground | checks)
// Starts NdrBot.Host on a free loopback port (no credentials), then drives a real client in headless Debian
// Chromium: the local web chat page, or the Microsoft 365 Agents Playground (-c msteams, offline, no telemetry).
// Each run: send 5.4.6 and wait for its card, click the card's Claim button and wait for the acknowledgement,
// paste a Postfix bounce and wait for the card naming the recipient. The web chat then pastes a Postfix bounce whose
// "said:" line is wrapped and checks that the remote server and its words are on the first card and stay on the card
// after Claim, Add note and Resolve (issue 16 §2). The checks scenario (issue 19) points the host's live DNS checks
// at DNS (a test server's IP:port serving tests/Shared/Dns/CheckZones), pastes the three bounces of
// tests/Shared/Dns/Pastes into the web chat and waits for each card's Checks section to arrive in place; the other
// scenarios run with live checks off. Screenshots go to OUT_DIR. Prints a JSON
// report; exit 0 when every step passed, 1 otherwise, 2 for usage errors. Bounded in time; every process it
// started is ended (process groups), and its temp folders are removed.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const [scenario, hostDll, hostDir, outDir, dns] = process.argv.slice(2);
if (!['webchat', 'playground', 'checks'].includes(scenario) || !hostDll || !hostDir || !outDir || (scenario === 'checks') !== Boolean(dns)) {
  console.error('usage: node playground/run-e2e.mjs webchat|playground|checks HOST_DLL HOST_DIR OUT_DIR [DNS, for checks only]');
  process.exit(2);
}
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const BOUNCE = fs.readFileSync(path.join(here, 'postfix-bounce.txt'), 'utf8');
const BANNED = fs.readFileSync(path.join(here, 'postfix-banned-ip.txt'), 'utf8');
const BANNED_REMOTE = 'Remote server: contoso-com.mail.protection.outlook.com';
const BANNED_WORDS = '550 5.7.606 Access denied, banned sending IP [203.0.113.9]';
const pasted = (name) => fs.readFileSync(path.join(here, '..', '..', 'Shared', 'Dns', 'Pastes', name), 'utf8');
// Each paste and the Checks lines its card must show once the checks arrive (verdicts from the test zones).
const CHECK_PASTES = [
  ['Microsoft 365 5.7.606 banned sending IP', 'm365-banned-ip.txt', [/Blocklist\s+45\.33\.10\.20 on bl\.test\s+listed/]],
  ['Gmail 5.7.26 unauthenticated', 'gmail-unauthenticated.txt',
    [/SPF\s+contoso\.test for 198\.51\.100\.77\s+fail/, /DMARC\s+contoso\.test\s+p=reject/]],
  ['5.1.2 domain not found', 'domain-not-found.txt', [/MX\s+missing\.test\s+no such domain/, /MX\s+empty\.test\s+no mail servers/]],
];
const TOTAL_MS = 150_000;
const STEP_MS = 20_000;
fs.mkdirSync(outDir, { recursive: true });

const children = [];
const temps = [];
const steps = [];
let browser;

const freePort = () => new Promise((resolve, reject) => {
  const server = net.createServer();
  server.once('error', reject);
  server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
});

function start(name, file, args, options) {
  // detached: the child leads its own process group, so the whole group can be ended at the end.
  const child = spawn(file, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.output = '';
  child.stdout.on('data', (d) => { child.output += d; });
  child.stderr.on('data', (d) => { child.output += d; });
  child.name = name;
  children.push(child);
  return child;
}

async function stopAll() {
  if (browser) await browser.close().catch(() => {});
  for (const child of children) {
    if (child.exitCode === null) { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ } }
  }
  await new Promise((r) => setTimeout(r, 1500));
  for (const child of children) {
    if (child.exitCode === null) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }
  }
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
}

async function waitFor(what, check, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try { if (await check()) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function step(name, fn) {
  const started = Date.now();
  try {
    const detail = await fn();
    steps.push({ name, ok: true, ms: Date.now() - started, detail });
  } catch (e) {
    steps.push({ name, ok: false, ms: Date.now() - started, error: String(e.message || e).split('\n')[0] });
    throw e;
  }
}

async function startHost() {
  const port = await freePort();
  const checks = dns
    ? {
      Diagnostics__Dns__Servers: dns, Diagnostics__Dns__Blocklists__0__Zone: 'bl.test', Diagnostics__Dns__Blocklists__0__Name: 'Test BL',
      'Diagnostics__Dns__Blocklists__0__Codes__127.0.0.2': 'a known spam source', Diagnostics__Dns__TimeoutMs: '5000', Diagnostics__Dns__BudgetMs: '10000',
    }
    : { Diagnostics__Dns__Enabled: 'false' };
  const host = start('host', 'dotnet', [hostDll, '--urls', `http://127.0.0.1:${port}`], {
    cwd: hostDir,
    env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Development', Teams__AppId: '', Logging__LogLevel__Default: 'Warning', ...checks },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor('the host /readyz', async () => (await fetch(`${url}/readyz`)).ok, 30_000);
  return { host, url };
}

async function newPage() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ndrbot-e2e-chromium-'));
  temps.push(profile);
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath, headless: true, viewport: { width: 1280, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  // Offline: only loopback is reachable; the playground's CDN fonts fail harmlessly.
  await page.route('**/*', (r) => {
    const u = new URL(r.request().url());
    return ['127.0.0.1', 'localhost'].includes(u.hostname) || u.protocol === 'data:' ? r.continue() : r.abort();
  });
  page.setDefaultTimeout(STEP_MS);
  return page;
}

const shot = async (page, name) => {
  const file = path.join(outDir, `${scenario}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
};

async function runWebChat(url) {
  const page = await newPage();
  await step('open the chat page', async () => {
    await page.goto(url + '/');
    const status = await page.locator('#renderer-status').textContent();
    if (status) throw new Error('renderer missing: ' + status);
  });
  await step('5.4.6 gets its card', async () => {
    await page.locator('#input').fill('5.4.6');
    await page.keyboard.press('Enter');
    const card = page.locator('.bot.card .ac-adaptiveCard').filter({ hasText: '5.4.6' }).first();
    await card.waitFor();
    const text = await card.innerText();
    if (!/loop/i.test(text)) throw new Error('the meaning of 5.4.6 (mail loop) is not on the card: ' + text.slice(0, 200));
    return { screenshot: await shot(page, '1-code-card') };
  });
  await step('Claim button is acknowledged', async () => {
    await page.locator('.bot.card').filter({ hasText: 'Mail loop' }).getByRole('button', { name: 'Claim' }).first().click();
    await page.locator('.bot.text').filter({ hasText: /you have case/i }).first().waitFor();
    return { screenshot: await shot(page, '2-after-claim') };
  });
  await step('pasted Postfix bounce names the recipient', async () => {
    await page.locator('#input').fill(BOUNCE);
    await page.locator('#send').click();
    await page.locator('.bot.card .ac-adaptiveCard').filter({ hasText: 'jane.doe@example.net' }).first().waitFor();
    return { screenshot: await shot(page, '3-bounce-card') };
  });
  await runWebChatFindings(page);
}

// The newest card must show the remote server and its words, once ("said: said:" was the bug).
async function newestCardKeepsFindings(page, when) {
  const text = await page.locator('.bot.card').last().innerText();
  for (const wanted of [BANNED_REMOTE, 'Server said: ' + BANNED_WORDS, 'jane.doe@contoso.com']) {
    if (!text.includes(wanted)) throw new Error(`${when}: "${wanted}" is not on the card: ${text.slice(0, 400)}`);
  }
  if (/said:\s*said:/i.test(text) || text.includes('mail.example.com')) throw new Error(`${when}: the card shows the reporting host or "said: said:"`);
}

async function clickOnNewestCard(page, button, ack, note) {
  const card = page.locator('.bot.card').last();
  const cards = await page.locator('.bot.card').count();
  if (note) await card.locator('.ac-textInput').first().fill(note);
  await card.getByRole('button', { name: button, exact: true }).click();
  await page.locator('.bot.text').filter({ hasText: ack }).last().waitFor();
  await waitFor(`the card after ${button}`, async () => (await page.locator('.bot.card').count()) > cards, STEP_MS);
}

async function runWebChatFindings(page) {
  await step('pasted bounce shows the remote server and its words', async () => {
    await page.locator('#input').fill(BANNED);
    await page.locator('#send').click();
    await page.locator('.bot.card .ac-adaptiveCard').filter({ hasText: 'jane.doe@contoso.com' }).first().waitFor();
    await newestCardKeepsFindings(page, 'first card');
    return { screenshot: await shot(page, '5-banned-ip-card') };
  });
  await step('the remote server and its words stay after Claim, Add note and Resolve', async () => {
    await clickOnNewestCard(page, 'Claim', /you have case/i);
    await newestCardKeepsFindings(page, 'after Claim');
    await clickOnNewestCard(page, 'Add note', /note added/i, 'Asked Microsoft to delist the IP');
    await newestCardKeepsFindings(page, 'after Add note');
    await clickOnNewestCard(page, 'Resolve', /is resolved/i);
    await newestCardKeepsFindings(page, 'after Resolve');
    return { screenshot: await shot(page, '6-banned-ip-resolved') };
  });
}

// Issue 19: each pasted bounce is answered at once; its card says the checks are running and is replaced in place
// (the page asks the refresh address) by the card with the Checks section.
async function runWebChatChecks(url) {
  const page = await newPage();
  await step('open the chat page', async () => {
    await page.goto(url + '/');
    const status = await page.locator('#renderer-status').textContent();
    if (status) throw new Error('renderer missing: ' + status);
  });
  let shotNo = 0;
  for (const [name, file, wanted] of CHECK_PASTES) {
    await step(`${name}: the Checks section shows the verdicts`, async () => {
      const before = await page.locator('.bot.card').count();
      await page.locator('#input').fill(pasted(file));
      await page.locator('#send').click();
      await waitFor('the answer card', async () => (await page.locator('.bot.card').count()) > before, STEP_MS);
      const card = page.locator('.bot.card').nth(before);
      const first = await card.getAttribute('data-checks');
      if (!first) throw new Error('the answer did not say its checks were running');
      await waitFor('the checks to arrive in place', async () => (await card.getAttribute('data-checks')) !== 'pending', STEP_MS);
      if ((await card.getAttribute('data-checks')) !== 'done') throw new Error('the page stopped asking before the checks arrived');
      const text = await card.innerText();
      for (const verdict of wanted) if (!verdict.test(text)) throw new Error(`${verdict} is not on the card: ${text.slice(-600)}`);
      if (text.includes('Looking up SPF')) throw new Error('the card still says the checks are running');
      if ((await page.locator('.bot.card').count()) !== before + 1) throw new Error('the checks came as a new card, not in place');
      shotNo += 1;
      return { first, screenshot: await shot(page, `${shotNo}-checks`) };
    });
  }
}

async function runWebChatFallback(url) {
  const page = await browser.newPage();
  page.setDefaultTimeout(STEP_MS);
  // As if npm never installed the renderer: the vendor files are not there.
  await page.route('**/vendor/**', (r) => r.fulfill({ status: 404, body: '' }));
  await step('without the renderer the page still answers, in plain text', async () => {
    await page.goto(url + '/');
    await page.locator('#renderer-status').filter({ hasText: 'not installed' }).waitFor();
    await page.locator('#input').fill('5.4.6');
    await page.keyboard.press('Enter');
    await page.locator('.bot.card.fallback').filter({ hasText: 'Mail loop' }).first().waitFor();
    await page.locator('.bot.card.fallback').getByRole('button', { name: 'Claim' }).first().click();
    await page.locator('.bot.text').filter({ hasText: /you have case/i }).first().waitFor();
    return { screenshot: await shot(page, '4-fallback') };
  });
}

async function runPlayground(botUrl) {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'ndrbot-e2e-playground-'));
  temps.push(cwd);
  const pkg = path.dirname(require.resolve('@microsoft/m365agentsplayground/package.json'));
  const cli = path.join(pkg, JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')).bin.agentsplayground);
  const wanted = await freePort();
  const playground = start('playground', process.execPath,
    [cli, '-e', `${botUrl}/api/messages`, '-c', 'msteams', '-p', String(wanted), '--disable-telemetry'],
    { cwd, env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' } });
  let port;
  await step('playground listens', async () => {
    await waitFor('"Listening on N" from the playground', () => {
      const m = /Listening on (\d+)/.exec(playground.output);
      port = m && Number(m[1]);
      return port;
    }, 30_000);
    return { port };
  });
  const page = await newPage();
  const box = page.getByRole('textbox').last();
  const send = async (text) => { await box.click(); await box.fill(text); await page.getByRole('button', { name: 'Send Message' }).click(); };
  await step('open the playground', async () => {
    await page.goto(`http://127.0.0.1:${port}/`);
    await box.waitFor({ timeout: 30_000 });
  });
  await step('5.4.6 gets its card', async () => {
    await send('5.4.6');
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'loop' }).filter({ hasText: '5.4.6' }).first();
    await card.waitFor();
    return { screenshot: await shot(page, '1-code-card') };
  });
  await step('Claim button is acknowledged', async () => {
    // Note: the welcome card also mentions 5.4.6 (as an example), so pick the card by its meaning.
    await page.locator('.ac-adaptiveCard').filter({ hasText: 'Mail loop' }).first().getByRole('button', { name: 'Claim' }).click();
    await page.getByText(/you have case/i).first().waitFor();
    return { screenshot: await shot(page, '2-after-claim') };
  });
  await step('pasted Postfix bounce names the recipient', async () => {
    await send(BOUNCE);
    await page.locator('.ac-adaptiveCard').filter({ hasText: 'jane.doe@example.net' }).first().waitFor();
    return { screenshot: await shot(page, '3-bounce-card') };
  });
}

let ok = false;
const deadline = setTimeout(async () => {
  steps.push({ name: 'overall time limit', ok: false, error: `over ${TOTAL_MS} ms` });
  await stopAll();
  console.log(JSON.stringify({ ok: false, scenario, steps }, null, 2));
  process.exit(1);
}, TOTAL_MS);
try {
  const { url } = await startHost();
  if (scenario === 'webchat') {
    await runWebChat(url);
    await runWebChatFallback(url);
  } else if (scenario === 'checks') {
    await runWebChatChecks(url);
  } else {
    await runPlayground(url);
  }
  ok = true;
} catch (e) {
  steps.push({ name: 'failure', ok: false, error: String(e.message || e).split('\n')[0] });
  for (const child of children) steps.push({ name: `${child.name} output (tail)`, ok: true, detail: child.output.slice(-1500) });
} finally {
  clearTimeout(deadline);
  await stopAll();
}
console.log(JSON.stringify({ ok, scenario, steps }, null, 2));
process.exit(ok ? 0 : 1);
