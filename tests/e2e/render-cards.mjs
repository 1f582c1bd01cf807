#!/usr/bin/env node
// usage: node render-cards.mjs CARDS_DIR OUT_DIR
// Renders every CARDS_DIR/*.json Adaptive Card with the official adaptivecards renderer (v3) in headless Debian
// Chromium, and for each card writes OUT_DIR/<name>.png and OUT_DIR/<name>.actions.json (the data every
// Action.Submit button sent after a note was typed and the first toggle ticked). Prints a JSON report.
// Exit 0: every card parsed without a single event (warnings count) and rendered; 1: any event or failure;
// 2: usage, IO, or a missing browser/renderer.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fail = (msg) => { console.error(`render-cards: ${msg}`); process.exit(2); };
const [cardsDir, outDir] = process.argv.slice(2);
if (!cardsDir || !outDir) fail('usage: node render-cards.mjs CARDS_DIR OUT_DIR');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!fs.existsSync(chromiumPath)) fail(`no browser at ${chromiumPath}: apt-get install -y chromium (never download one)`);
let bundle;
try { bundle = require.resolve('adaptivecards/dist/adaptivecards.min.js'); } catch { fail('adaptivecards not installed: run npm ci in tests/e2e'); }
const markdown = (() => { try { return require.resolve('markdown-it/dist/markdown-it.min.js'); } catch { return null; } })();
const files = fs.readdirSync(cardsDir).filter((f) => f.endsWith('.json')).sort();
if (files.length === 0) fail(`no *.json cards in ${cardsDir}`);
fs.mkdirSync(outDir, { recursive: true });

export const NOTE = 'typed in e2e: <at>Boss</at> [x](https://evil.example)';
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ndrbot-e2e-'));
const browser = await chromium.launchPersistentContext(userDataDir, {
  executablePath: chromiumPath, headless: true, viewport: { width: 560, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const report = [];
try {
  for (const file of files) report.push(await renderOne(file));
} finally {
  await browser.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
console.log(JSON.stringify({ ok: report.every((r) => r.ok), cards: report }, null, 2));
process.exit(report.every((r) => r.ok) ? 0 : 1);

async function renderOne(file) {
  const name = path.basename(file, '.json');
  const card = JSON.parse(fs.readFileSync(path.join(cardsDir, file), 'utf8'));
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.route('**/*', (r) => (r.request().url().startsWith('data:') || r.request().url() === 'about:blank' ? r.continue() : r.abort()));
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;padding:20px;background:#fff;font-family:"Segoe UI",system-ui,sans-serif}#host{width:500px;border:1px solid #ddd}</style></head><body><div id="host"></div></body></html>');
  await page.addStyleTag({ path: path.join(path.dirname(bundle), 'adaptivecards.css') });
  await page.addScriptTag({ path: bundle });
  if (markdown) await page.addScriptTag({ path: markdown });
  const result = await page.evaluate((json) => {
    const AC = window.AdaptiveCards;
    if (window.markdownit) {
      const md = window.markdownit();
      AC.AdaptiveCard.onProcessMarkdown = (text, r) => { r.outputHtml = md.render(text); r.didProcess = true; };
    }
    const events = [];
    const fmt = (e) => `${AC.ValidationPhase[e.phase]}/${AC.ValidationEvent[e.event]}: ${e.message}`;
    if (json.type !== 'AdaptiveCard' || json.version !== '1.5') events.push('root must be type AdaptiveCard, version 1.5');
    const ctx = new AC.SerializationContext(AC.Version.parse('1.5', new AC.SerializationContext()));
    const card = new AC.AdaptiveCard();
    window.submitted = [];
    card.onExecuteAction = (a) => { if (a.getJsonTypeName() === 'Action.Submit') window.submitted.push({ title: a.title, data: a.data }); };
    card.parse(json, ctx);
    for (let i = 0; i < ctx.eventCount; i++) events.push(fmt(ctx.getEventAt(i)));
    for (const e of card.validateProperties().validationEvents) events.push(fmt(e));
    const el = card.render();
    if (!el) events.push('render returned nothing');
    else document.getElementById('host').appendChild(el);
    return { events };
  }, card);
  const png = path.join(outDir, `${name}.png`);
  await page.locator('#host').screenshot({ path: png });
  const submitted = await clickEverySubmit(page);
  fs.writeFileSync(path.join(outDir, `${name}.actions.json`), JSON.stringify(submitted, null, 2));
  await page.close();
  const events = [...result.events, ...pageErrors.map((e) => `page error: ${e}`)];
  return { name, ok: events.length === 0, events, png, submitted: submitted.length };
}

// Types a note, ticks the first toggle, then clicks every button the way a person would, and returns what each
// Action.Submit sent. OpenUrl buttons are not clicked.
async function clickEverySubmit(page) {
  const note = page.locator('#host input.ac-textInput');
  if (await note.count()) await note.first().fill(NOTE);
  const toggle = page.locator('#host .ac-toggleInput input[type=checkbox]');
  if (await toggle.count()) await toggle.first().check();
  const buttons = page.locator('#host button.ac-pushButton');
  for (let i = 0; i < await buttons.count(); i++) {
    const label = (await buttons.nth(i).innerText()).trim();
    if (!label.startsWith('Documentation')) await buttons.nth(i).click();
  }
  return page.evaluate(() => window.submitted);
}
