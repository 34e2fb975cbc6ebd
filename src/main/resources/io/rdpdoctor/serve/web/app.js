// rdp-doctor serve: the page. Everything the server returns that came from a host or a paste is
// written with textContent, never as HTML; the page keeps its state here, the server keeps none.
'use strict';

(function () {
  const MAX_FILES_BYTES = 48 * 1024 * 1024;
  const DEBOUNCE_MS = 350;
  const state = { files: [], result: null, previous: null, seq: 0, controller: null, timer: null };
  const $ = (id) => document.getElementById(id);

  /** An element with attributes and children; strings become text nodes. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.append(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return e;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function status(text) { $('status').textContent = text; }

  function problem(text) {
    const p = $('problem');
    p.hidden = !text;
    p.textContent = text || '';
  }

  // ---- input ---------------------------------------------------------------------------------

  function schedule() {
    clearTimeout(state.timer);
    state.timer = setTimeout(diagnose, DEBOUNCE_MS);
  }

  async function diagnose() {
    clearTimeout(state.timer);
    const paste = $('paste').value;
    const clientError = $('client-error').value;
    renderLines(paste);
    if (!paste.trim() && !clientError.trim() && state.files.length === 0) {
      state.result = null;
      render(null);
      status('Paste command output to begin.');
      return;
    }
    if (state.controller) state.controller.abort();
    const controller = new AbortController();
    state.controller = controller;
    const seq = ++state.seq;
    status('Diagnosing…');
    let answer;
    try {
      const response = await fetch('/api/page', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ paste, clientError, files: state.files.map((f) => ({ name: f.name, base64: f.base64 })) }),
        signal: controller.signal,
      });
      answer = await response.json();
      if (!response.ok) {
        if (seq === state.seq) { problem(answer.error || ('the server answered ' + response.status)); status('Not diagnosed.'); }
        return;
      }
    } catch (e) {
      if (e.name !== 'AbortError' && seq === state.seq) { problem('The server cannot be reached: ' + e.message); status('Not diagnosed.'); }
      return;
    }
    if (seq !== state.seq) return; // a newer request is on its way
    problem(null);
    if (state.result && state.result.report) state.previous = state.result.report;
    state.result = answer;
    render(answer);
  }

  async function addFiles(list) {
    let total = state.files.reduce((n, f) => n + f.size, 0);
    for (const { file, name } of list) {
      total += file.size;
      if (total > MAX_FILES_BYTES) { problem('Files of at most 48 MiB together can be diagnosed; ' + name + ' and the rest were not added.'); break; }
      const base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
      state.files = state.files.filter((f) => f.name !== name).concat([{ name, size: file.size, base64 }]);
    }
    renderFiles();
    diagnose();
  }

  function toBase64(bytes) {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }

  function renderFiles() {
    const ul = $('files');
    clear(ul);
    for (const f of state.files) {
      ul.append(el('li', {}, el('span', { text: f.name + ' (' + f.size + ' bytes)' }),
        el('button', { type: 'button', 'aria-label': 'Remove ' + f.name, onclick: () => {
          state.files = state.files.filter((g) => g !== f); renderFiles(); diagnose(); $('pick-files').focus();
        } }, 'Remove')));
    }
  }

  /** The files of a dropped folder, with their paths inside it. */
  async function entries(entry, prefix, out) {
    if (entry.isFile) {
      const file = await new Promise((ok, fail) => entry.file(ok, fail));
      out.push({ file, name: prefix + entry.name });
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      for (;;) {
        const batch = await new Promise((ok, fail) => reader.readEntries(ok, fail));
        if (batch.length === 0) break;
        for (const e of batch) await entries(e, prefix + entry.name + '/', out);
      }
    }
  }

  // ---- the paste, line by line -----------------------------------------------------------------

  function renderLines(paste) {
    const ol = $('lines');
    clear(ol);
    const lines = paste ? paste.split(/\r\n|\r|\n/) : [];
    $('lines-section').hidden = lines.length === 0 || !paste.trim();
    const shown = Math.min(lines.length, 20000);
    for (let i = 0; i < shown; i++) ol.append(el('li', { id: 'line-' + (i + 1) }, lines[i] === '' ? ' ' : lines[i]));
  }

  /** Marks the pasted line a fact was read from ("paste:12 (netstat -ano)"), or the client's message. */
  function showSource(source) {
    for (const li of document.querySelectorAll('.lines li.hl')) li.classList.remove('hl');
    const m = /^paste:(\d+)/.exec(source || '');
    if (m) {
      const li = $('line-' + m[1]);
      if (li) {
        li.classList.add('hl');
        li.scrollIntoView({ block: 'center' });
        status('Marked line ' + m[1] + ' of your paste.');
      }
      return;
    }
    if (/^client-error\.txt/.test(source || '')) {
      $('client-error').select();
      status('Read from the client\u2019s error message.');
    }
  }

  // ---- copying -------------------------------------------------------------------------------

  async function copy(text, button) {
    try {
      await navigator.clipboard.writeText(text);
    } catch (e) {
      // not a secure context (shared with --bind over http): the older way
      const t = el('textarea', { 'aria-hidden': 'true', class: 'visually-hidden' });
      t.value = text;
      document.body.append(t);
      t.select();
      document.execCommand('copy');
      t.remove();
    }
    const label = button.textContent;
    button.textContent = 'Copied';
    status('Copied to the clipboard.');
    setTimeout(() => { button.textContent = label; }, 1500);
  }

  function command(shell, text, what) {
    if (!text) return null;
    const b = el('button', { type: 'button', class: 'copy', 'aria-label': 'Copy ' + what + ' (' + shell + ')' }, 'Copy');
    b.addEventListener('click', () => copy(text, b));
    return el('div', { class: 'command' }, el('span', { class: 'shell' }, shell), el('pre', {}, el('code', {}, text)), b);
  }

  function withheld(list) {
    return (list || []).map((w) => el('div', { class: 'withheld' },
      'Not printed as a command (' + w.field + '), because a value from the host cannot be quoted safely: ',
      el('code', {}, w.command), ' ',
      (w.values || []).map((v) => el('span', {}, v.name + ' = ', el('code', {}, v.value), ' (' + v.problem + ') '))));
  }

  // ---- the report ----------------------------------------------------------------------------

  function render(result) {
    const report = result && result.report;
    renderRead(result);
    for (const id of ['causes', 'next', 'security', 'ruled', 'host', 'changes']) clear($(id));
    $('changed').hidden = true;
    for (const id of ['export-md', 'copy-md', 'export-facts']) $(id).disabled = true;
    $('security-section').hidden = $('ruled-section').hidden = $('not-section').hidden = true;
    if (!result) return;
    $('export-facts').disabled = !result.factFile;
    if (!report) {
      status(result.nothing);
      return;
    }
    $('export-md').disabled = $('copy-md').disabled = false;
    const n = report.causes.length;
    status(n === 0 ? 'No cause found in what was read.' : 'Top diagnosis: ' + report.causes[0].title
      + ' (' + report.causes[0].certainty + '); ' + n + ' diagnos' + (n === 1 ? 'is' : 'es') + ' in all.');
    if (report.host) $('host').append(el('p', {}, 'Host: ', el('strong', { class: 'hostname' }, report.host)));
    if (n === 0) $('causes').append(el('p', {}, 'No cause was found in what was read. The sections not collected below may hold it.'));
    for (const d of report.causes) $('causes').append(diagnosis(d, 0));
    for (const d of report.security) $('security').append(diagnosis(d, 0));
    $('security-section').hidden = report.security.length === 0;
    if (report.nextSteps.length === 0) $('next').append(el('p', {}, 'No open question.'));
    for (const q of report.nextSteps) $('next').append(nextStep(q));
    for (const x of report.ruledOut) $('ruled').append(el('li', {}, x.title + ' (' + x.id + ')'));
    $('ruled-section').hidden = report.ruledOut.length === 0;
    $('not-collected').textContent = report.notCollected.join(', ');
    $('not-section').hidden = report.notCollected.length === 0;
    renderChanges(state.previous, report);
  }

  function renderRead(result) {
    const ul = $('read');
    clear(ul);
    if (!result) return;
    // the report's list (Report.recognised): where, command, how, language, encoding, facts
    for (const b of result.read) {
      const where = b.source + (b.command ? ' (' + b.command + ')' : '');
      ul.append(el('li', { class: 'block', 'data-language': b.language },
        el('strong', {}, where), ': ' + b.how + ', ' + b.languageName + (b.encoding ? ', ' + b.encoding : '')
        + ', ' + b.facts + ' fact' + (b.facts === 1 ? '' : 's')));
    }
    for (const s of result.skipped) {
      const where = s.file + (s.line > 0 ? ':' + s.line : '') + (s.command ? ' (' + s.command + ')' : '');
      ul.append(el('li', { class: 'skipped' }, el('strong', {}, where), ': skipped: ' + s.reason));
    }
  }

  function diagnosis(d, depth) {
    const title = (d.rank ? d.rank + '. ' : '') + d.title;
    const box = el('article', { class: 'diagnosis', 'data-id': d.id, 'aria-label': title },
      el('h4', {}, title),
      el('div', { class: 'badges' },
        el('span', { class: 'badge ' + d.certainty }, d.certainty),
        el('span', { class: 'badge' }, d.kind),
        el('span', { class: 'badge' }, d.severity),
        typeof d.score === 'number' ? el('span', { class: 'badge' }, 'p = ' + d.score.toFixed(2)) : null,
        el('span', { class: 'badge id' }, d.id)),
      el('p', { class: 'why' }, d.why),
      el('p', {}, d.explanation));
    if (d.evidence.length) box.append(el('p', { class: 'label' }, 'Evidence:'), evidenceList(d.evidence));
    if (d.fix.length) {
      const ol = el('ol', { class: 'fix' });
      d.fix.forEach((s, i) => {
        const what = 'step ' + (i + 1) + ' of ' + d.id;
        ol.append(el('li', { class: 'step' }, el('span', {}, s.step),
          s.backup ? el('div', {}, 'First, a backup:', command('backup', s.backup, 'the backup of ' + what)) : null,
          command('PowerShell', s.powershell, what), command('cmd', s.cmd, what), command('command', s.command, what),
          s.warning ? el('p', { class: 'warning' }, el('strong', {}, 'Warning: '), s.warning) : null,
          s.undo ? el('div', {}, 'To undo:', command('undo', s.undo, 'the undo of ' + what)) : null,
          withheld(s.withheld)));
      });
      box.append(el('p', { class: 'label' }, 'Fix:'), ol);
    }
    if (d.verify) {
      box.append(el('div', { class: 'verify' }, el('p', { class: 'label' }, 'Check that it worked:'),
        command('PowerShell', d.verify.powershell, 'the check of ' + d.id), command('cmd', d.verify.cmd, 'the check of ' + d.id),
        command('command', d.verify.command, 'the check of ' + d.id),
        d.verify.expect ? el('p', {}, 'Expect: ' + d.verify.expect) : null, withheld(d.verify.withheld)));
    }
    if (d.sources.length) {
      box.append(el('details', {}, el('summary', {}, 'Sources'), el('ul', {}, d.sources.map((s) => el('li', {}, s)))));
    }
    for (const e of d.explains) box.append(diagnosis(e, depth + 1));
    return box;
  }

  function evidenceList(items) {
    return el('ul', { class: 'evidence' }, items.map((e) => {
      const marks = /^(paste:\d+|client-error\.txt)/.test(e.source || '');
      const fact = marks
        ? el('button', { type: 'button', class: 'evidence-link', 'data-source': e.source, onclick: () => showSource(e.source) }, e.fact)
        : el('span', {}, e.fact);
      return el('li', {}, fact, e.source ? el('span', { class: 'source' }, ' \u2014 ' + e.source) : null,
        e.grounds.length ? evidenceList(e.grounds) : null);
    }));
  }

  function nextStep(q) {
    const box = el('article', { class: 'next', 'data-id': q.id, 'aria-label': q.ask },
      el('h4', {}, q.ask), el('p', { class: 'why' }, 'Run on the ' + q.where + ':'),
      command('PowerShell', q.powershell, 'the command for: ' + q.ask), command('cmd', q.cmd, 'the command for: ' + q.ask), withheld(q.withheld));
    if (q.outcomes.length) box.append(el('ul', {}, q.outcomes.map((o) => el('li', {}, el('strong', {}, o.result + ': '), o.means))));
    // the output is added to the paste after the prompt line of the command that printed it, so the
    // transcript reader knows the command (as in a console transcript)
    const forms = [];
    if (q.powershell) forms.push(['PowerShell', 'PS C:\\> ' + q.powershell]);
    if (q.cmd) forms.push(['cmd', 'C:\\>' + q.cmd]);
    if (forms.length) {
      const id = 'answer-' + q.id;
      const area = el('textarea', { id, class: 'small answer', spellcheck: 'false', rows: '4' });
      const ran = el('select', { id: 'ran-' + q.id, class: 'ran' }, forms.map(([shell], i) => el('option', { value: String(i) }, shell)));
      const add = el('button', { type: 'button', class: 'add-output' }, 'Add to the paste and diagnose again');
      add.addEventListener('click', () => {
        if (!area.value.trim()) { area.focus(); return; }
        const paste = $('paste');
        const typed = forms[Number(ran.value)][1];
        paste.value = paste.value.replace(/\s*$/, '') + (paste.value.trim() ? '\n\n' : '') + typed + '\n' + area.value.replace(/\s*$/, '') + '\n';
        diagnose();
        $('report').focus();
      });
      box.append(el('label', { for: id }, 'Its output, pasted here'), area);
      if (forms.length > 1) box.append(el('label', { for: 'ran-' + q.id }, 'Printed by the command in'), ran);
      box.append(add);
    }
    return box;
  }

  /** Every diagnosis of a report, nested ones too, by id. */
  function flatten(report) {
    const out = new Map();
    const walk = (ds) => ds.forEach((d) => { out.set(d.id, d); walk(d.explains); });
    walk(report.causes);
    return out;
  }

  function renderChanges(before, after) {
    if (!before) return;
    const a = flatten(before), b = flatten(after);
    const items = [];
    for (const [id, d] of b) {
      const old = a.get(id);
      if (!old) items.push(['New', d.rank + '. ' + d.title + ' (' + d.certainty + ')', d.why]);
      else if (old.rank !== d.rank || old.certainty !== d.certainty) {
        items.push(['Moved', d.title + ': rank ' + old.rank + ' \u2192 ' + d.rank
          + (old.certainty !== d.certainty ? ', ' + old.certainty + ' \u2192 ' + d.certainty : ''), d.why]);
      }
    }
    for (const [id, d] of a) if (!b.has(id)) items.push(['Gone', d.title + ' (' + id + ')', 'no longer concluded from what was read']);
    const asked = new Set(after.nextSteps.map((q) => q.id));
    for (const q of before.nextSteps) if (!asked.has(q.id)) items.push(['Answered', q.ask, 'no longer an open question']);
    if (!items.length) return;
    for (const [kind, what, why] of items) $('changes').append(el('li', {}, el('strong', {}, kind + ': '), what, el('span', { class: 'why' }, ' \u2014 ' + why)));
    $('changed').hidden = false;
  }

  // ---- export --------------------------------------------------------------------------------

  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // ---- wiring --------------------------------------------------------------------------------

  document.addEventListener('DOMContentLoaded', () => {
    $('paste').addEventListener('input', schedule);
    $('client-error').addEventListener('input', schedule);
    for (const id of ['pick-files', 'pick-folder']) {
      const input = $(id);
      const label = document.querySelector('label[for="' + id + '"]');
      input.addEventListener('focus', () => label.classList.add('focused'));
      input.addEventListener('blur', () => label.classList.remove('focused'));
      input.addEventListener('change', () => {
        addFiles(Array.from(input.files).map((file) => ({ file, name: file.webkitRelativePath || file.name })));
        input.value = '';
      });
    }
    const drop = $('drop');
    drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', async (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      const list = [];
      const items = Array.from(e.dataTransfer.items || []).map((i) => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean);
      if (items.length) for (const entry of items) await entries(entry, '', list);
      else for (const file of e.dataTransfer.files) list.push({ file, name: file.name });
      addFiles(list);
    });
    $('export-md').addEventListener('click', () => download('rdp-doctor-report.md', 'text/markdown', state.result.markdown));
    $('copy-md').addEventListener('click', () => copy(state.result.markdown, $('copy-md')));
    $('export-facts').addEventListener('click', () => download('rdp-doctor-facts.yaml', 'application/yaml', state.result.factFile));
  });
})();
