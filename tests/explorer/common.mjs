// Shared by the explorer tests: running the CLI, reading the page's parts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

export function skip(reason) {
  console.log('SKIP: ' + reason);
  process.exit(77);
}

let failures = 0;
export function check(ok, what) {
  if (!ok) { failures++; console.log('FAIL: ' + what); }
}
export function done(what) {
  if (failures) { console.log(failures + ' check(s) failed'); process.exit(1); }
  console.log('ok: ' + what);
}

export function cli(bin, args, opts = {}) {
  return execFileSync(bin, args, { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'], ...opts });
}

export const tmpdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-explorer-'));
process.on('exit', () => fs.rmSync(tmpdir, { recursive: true, force: true }));

// Writes the explorer of `data` (a --data path or list) with extra export args; returns the file.
export function exportHtml(bin, data, name, extra = []) {
  const file = path.join(tmpdir, name + '.html');
  const dataArgs = [].concat(data).flatMap((d) => ['--data', d]);
  cli(bin, [...dataArgs, 'export', '--format', 'html', ...extra, '-o', file]);
  return file;
}

// The page's three scripts (library, data, app), found as the HTML parser finds them: each ends
// at the first `</script` after it starts.
export function scripts(html) {
  const out = [];
  const re = /<script\b([^>]*)>/gi, close = /<\/script/gi;
  let m;
  while ((m = re.exec(html))) {
    const start = m.index + m[0].length;
    close.lastIndex = start;
    const c = close.exec(html);
    const end = c ? c.index : html.length;
    out.push({ attrs: m[1], text: html.slice(start, end) });
    re.lastIndex = end;
  }
  return out;
}

export function payload(html) {
  const s = scripts(html).find((x) => /id="cg-data"/.test(x.attrs));
  return JSON.parse(s.text);
}

// The app's model, run without a browser.
export function loadModel(html) {
  const app = scripts(html).at(-1).text;
  const sandbox = {};
  vm.runInNewContext(app, sandbox);
  return sandbox.CouncilgraphModel;
}

export function cyjs(bin, data, extra = []) {
  const dataArgs = [].concat(data).flatMap((d) => ['--data', d]);
  return JSON.parse(cli(bin, [...dataArgs, 'export', '--format', 'cyjs', ...extra]));
}
