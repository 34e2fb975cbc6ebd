// Browser tests of `rdp-doctor serve`, as an engineer would use it: Debian's Chromium driven by
// playwright-core against the server on localhost. Run from the repository after `mvn package`
// (mvn verify runs it in the integration-test phase): `cd e2e && npm ci && npm test`.
// CHROMIUM overrides the browser (default /usr/bin/chromium). Screenshots go to target/e2e-screenshots/;
// SCREENSHOTS=docs/screenshots (relative to the repository) refreshes the ones the documentation shows.
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import assert from 'node:assert/strict';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const captures = path.join(root, 'facts-samples', 'captures');
const shots = path.join(root, process.env.SCREENSHOTS || path.join('target', 'e2e-screenshots'));
const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// the flags this machine needs (no background connections to a closed network; root without a sandbox)
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** A capture written by cmd on a French or German server (OEM code page 850), as the engineer's console shows it. */
function oem(file) {
  return execFileSync('iconv', ['-f', 'CP850', '-t', 'UTF-8', path.join(captures, file)]).toString('utf8').replace(/\r/g, '');
}

function startServer() {
  const jar = path.join(root, 'target', 'rdp-doctor.jar');
  assert.ok(existsSync(jar), jar + ' is missing: run mvn package first');
  const server = spawn('java', ['-Drdpdoctor.home=' + root, '-jar', jar, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('serve did not start within 240 s: ' + out)), 240000);
    server.stdout.on('data', (d) => {
      out += d;
      const m = /open (http:\/\/\S+) in a browser/.exec(out);
      if (m) { clearTimeout(timer); resolve({ server, url: m[1] }); }
    });
    server.on('exit', (code) => reject(new Error('serve exited with ' + code + ': ' + out)));
  });
}

async function axe(page, when) {
  await page.evaluate(axeSource); // evaluated by the driver, not as a page script: the page's CSP stays strict
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }));
  const problems = result.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map((n) => n.target.join(' ')).join(', '));
  assert.deepEqual(problems, [], 'axe-core found accessibility problems ' + when);
  console.log('ok - axe-core: no violations ' + when + ' (' + result.passes.length + ' rules passed)');
}

async function topDiagnosis(page) {
  return page.locator('#causes > article.diagnosis').first().getAttribute('data-id');
}

// a symptom the facts show comes after the causes that would explain it (docs/ranking.md), so it may
// be listed below them rather than first
async function waitForListed(page, id) {
  await page.waitForFunction((want) => {
    return [...document.querySelectorAll('#causes > article.diagnosis')].some((a) => a.getAttribute('data-id') === want);
  }, id, { timeout: 60000 });
}

async function waitForTop(page, id) {
  await page.waitForFunction((want) => {
    const a = document.querySelector('#causes > article.diagnosis');
    return a && a.getAttribute('data-id') === want;
  }, id, { timeout: 60000 });
}

let failures = 0;
async function test(name, fn) {
  try {
    await fn();
    console.log('ok - ' + name);
  } catch (e) {
    failures++;
    console.log('not ok - ' + name + '\n  ' + String(e.stack || e).split('\n').join('\n  '));
  }
}

const { server, url } = await startServer();
const origin = new URL(url).origin;
const browser = await chromium.launch({ executablePath: browserPath, args: FLAGS, headless: true });
mkdirSync(shots, { recursive: true });
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  await page.goto(url);

  await test('the empty page has labelled controls and passes axe-core', async () => {
    await axe(page, 'on the empty page');
  });

  await test('keyboard only: Tab reaches the paste box, the client error, and both pickers, in order', async () => {
    const order = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.className || document.activeElement.tagName));
    }
    const want = ['paste', 'client-error', 'pick-files', 'pick-folder'];
    assert.equal(order[0], 'skip', 'first the link that skips to the report');
    assert.deepEqual(order.slice(1, 5), want, 'focus order ' + order.join(' > '));
  });

  const netstat = 'C:\\>netstat -ano\n' + oem('fr-termservice-stopped/netstat-ano.txt');
  await test('a pasted French netstat is recognised and gives the expected top diagnosis', async () => {
    await page.focus('#paste');
    await page.keyboard.insertText(netstat); // as Ctrl+V does: one input event
    await waitForListed(page, 'RDP-PORT-NOT-LISTENING');
    const read = await page.locator('#read li.block').allTextContents();
    assert.ok(read.some((t) => t.includes('(netstat -ano)') && t.includes('netstat-ano') && t.includes('French')), 'recognised, in French: ' + read.join(' | '));
    assert.match(await page.locator('#status').textContent(), /Top diagnosis/);
    await page.screenshot({ path: path.join(shots, 'serve-1-paste.png'), fullPage: false });
  });

  await test('choosing a piece of evidence marks the pasted line it was read from', async () => {
    const link = page.locator('#causes button.evidence-link').first();
    const source = await link.getAttribute('data-source');
    const line = Number(/^paste:(\d+)/.exec(source)[1]);
    await link.focus();
    await page.keyboard.press('Enter');
    const marked = await page.locator('#lines li.hl').getAttribute('id');
    assert.equal(marked, 'line-' + line);
    const text = await page.locator('#lines li.hl').textContent();
    assert.equal(text, netstat.split('\n')[line - 1] || ' ');
  });

  await test('a fix command is copied with the keyboard, exactly as shown', async () => {
    const copy = page.locator('#causes article.diagnosis button.copy').first();
    const shown = await copy.locator('xpath=..').locator('pre').textContent();
    await copy.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#status').textContent.includes('Copied'));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shown);
  });

  await test('pasting the output of "Run this next" changes the ranking and says what changed', async () => {
    const question = page.locator('#next article[data-id="Q-TERMSERVICE"]');
    await question.scrollIntoViewIfNeeded();
    const askedFor = await question.locator('pre').first().textContent();
    assert.match(askedFor, /TermService/);
    await question.locator('textarea.answer').fill(oem('fr-termservice-stopped/sc-query.txt'));
    await question.locator('select.ran').selectOption({ label: 'cmd' });
    await page.screenshot({ path: path.join(shots, 'serve-2-run-this-next.png') });
    await question.locator('button.add-output').click();
    await waitForTop(page, 'TERMSERVICE-STOPPED');
    assert.ok(await page.locator('#changed').isVisible(), 'the "What changed" box is shown');
    const changes = (await page.locator('#changes').textContent());
    assert.match(changes, /New: 1\. .*\(confirmed\)/);
    assert.match(changes, /Moved: Nothing listens on TCP 3389: rank \d+ → 1\.1/);
    assert.match(changes, /Answered: Is Remote Desktop Services \(TermService\) running/);
    assert.match(await page.locator('#paste').inputValue(), /C:\\>sc query TermService & sc qc TermService\n\s*NOM_SERVICE: TermService/);
    await page.locator('#report').screenshot({ path: path.join(shots, 'serve-3-what-changed.png') });
  });

  await test('the report exports as Markdown and as the fact file that reproduces it', async () => {
    const [md] = await Promise.all([page.waitForEvent('download'), page.click('#export-md')]);
    const markdown = readFileSync(await md.path(), 'utf8');
    assert.equal(md.suggestedFilename(), 'rdp-doctor-report.md');
    assert.match(markdown, /TERMSERVICE-STOPPED/);
    assert.match(markdown, /^#/m);
    const [facts] = await Promise.all([page.waitForEvent('download'), page.click('#export-facts')]);
    const yaml = readFileSync(await facts.path(), 'utf8');
    assert.match(yaml, /services:/);
    assert.match(yaml, /sockets:/);
    assert.match(yaml, /source:\n\s+file: paste\n\s+line: \d+/);
  });

  await test('the full report passes axe-core', async () => {
    await axe(page, 'with a full report');
  });

  await test('the page raised no script error and no CSP violation', async () => {
    assert.deepEqual(pageErrors, []);
  });

  await test('dropped capture files (a German server, OEM code page) and the client\'s message are read and diagnosed', async () => {
    const drop = await context.newPage();
    await drop.goto(url);
    const folder = path.join(captures, 'de-port-held-by-java');
    const names = readdirSync(folder).sort();
    await drop.setInputFiles('#pick-files', names.map((n) => path.join(folder, n)));
    await waitForTop(drop, 'PORT-CONFLICT');
    assert.equal(await drop.locator('#files li').count(), names.length);
    const read = await drop.locator('#read li.block').allTextContents();
    assert.ok(read.some((t) => t.startsWith('netstat-ano.txt') && /cp850|850/i.test(t) && t.includes('German')),
      'the German netstat, its language and its code page: ' + read.join(' | '));
    assert.equal(await drop.locator('#read li.block[data-language="de"]').count() > 0, true, 'a block marked German');
    await drop.fill('#client-error', 'Remote Desktop can\'t connect to the remote computer for one of these reasons: 0x204');
    await drop.waitForFunction(() => [...document.querySelectorAll('#read li.block')].some((li) => li.textContent.startsWith('client-error.txt')),
      null, { timeout: 60000 });
    await drop.locator('#files button').first().focus();
    await drop.keyboard.press('Enter');
    assert.equal(await drop.locator('#files li').count(), names.length - 1, 'a file is removed with the keyboard');
    await drop.close();
  });

  await test('pasted <script> and a "><img onerror> host name are shown as text, never run', async () => {
    const evil = await context.newPage();
    let dialogs = 0;
    evil.on('dialog', (d) => { dialogs++; d.dismiss(); });
    await evil.goto(url);
    const host = '"><img src=x onerror="window.__pwned=1">';
    const ipconfig = readFileSync(path.join(captures, 'all-commands/ipconfig-all.txt'), 'utf8').replace('DESKTOP-WIN10-PRO', host);
    const paste = '<script>window.__pwned=2</script>\nC:\\>ipconfig /all\n' + ipconfig + '\nC:\\>netstat -ano\n' + oem('fr-termservice-stopped/netstat-ano.txt');
    await evil.focus('#paste');
    await evil.keyboard.insertText(paste);
    await evil.waitForSelector('#causes article.diagnosis', { timeout: 60000 });
    assert.equal(await evil.locator('img').count(), 0, 'no img element was made');
    assert.equal(await evil.locator('script').count(), 1, 'only the page\'s own script');
    assert.equal(await evil.evaluate(() => window.__pwned), undefined);
    assert.equal(dialogs, 0);
    const shownHost = await evil.locator('#host .hostname').textContent();
    assert.equal(shownHost, host, 'the host name is shown as the text it is');
    assert.ok((await evil.locator('#lines').textContent()).includes('<script>window.__pwned=2</script>'), 'the pasted tag is shown as text');
    await evil.close();
  });
} finally {
  await browser.close();
  server.kill();
}
if (failures) {
  console.log(failures + ' browser test(s) failed');
  process.exit(1);
}
console.log('all browser tests passed');
