// A small DevTools-protocol driver for Debian's headless Chromium (needs Node's WebSocket:
// node --experimental-websocket on Node 20). One browser, one page; every network request the
// page makes is recorded.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export async function launch({ width = 1400, height = 900 } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-chromium-'));
  const proc = spawn(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions',
    '--disable-default-apps', '--mute-audio', `--user-data-dir=${profile}`, '--remote-debugging-port=0',
    `--window-size=${width},${height}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const wsUrl = await new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error('chromium did not start: ' + err.slice(-500))), 30000);
    proc.stderr.on('data', (b) => {
      err += b;
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    proc.on('exit', (code) => { clearTimeout(timer); reject(new Error('chromium exited with ' + code + ': ' + err.slice(-500))); });
  });
  const ws = new WebSocket(wsUrl);
  await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = () => reject(new Error('cannot connect to ' + wsUrl)); });
  let next = 1;
  const pending = new Map();
  const listeners = [];
  ws.onmessage = (ev) => {
    const msg = JSON.parse(ev.data);
    if (msg.id && pending.has(msg.id)) {
      const { resolve, reject, method } = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error) reject(new Error(method + ': ' + msg.error.message));
      else resolve(msg.result);
    } else if (msg.method) {
      for (const l of listeners) l(msg);
    }
  };
  const send = (method, params = {}, sessionId) => new Promise((resolve, reject) => {
    const id = next++;
    pending.set(id, { resolve, reject, method });
    ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
  });
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  const page = (method, params) => send(method, params, sessionId);
  const requests = [], console_ = [], errors = [], dialogs = [];
  listeners.push((m) => {
    if (m.sessionId !== sessionId) return;
    if (m.method === 'Network.requestWillBeSent') requests.push(m.params.request.url);
    if (m.method === 'Runtime.consoleAPICalled') console_.push(m.params.args.map((a) => a.value).join(' '));
    if (m.method === 'Page.javascriptDialogOpening') {
      dialogs.push(m.params.message);
      page('Page.handleJavaScriptDialog', { accept: true }).catch(() => {});
    }
    if (m.method === 'Runtime.exceptionThrown') errors.push(m.params.exceptionDetails.exception?.description || m.params.exceptionDetails.text);
  });
  await page('Network.enable');
  await page('Page.enable');
  await page('Runtime.enable');
  await page('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });

  async function evaluate(expr) {
    const r = await page('Runtime.evaluate', { expression: expr, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) throw new Error('evaluate failed: ' + (r.exceptionDetails.exception?.description || r.exceptionDetails.text) + '\n' + expr);
    return r.result.value;
  }
  async function waitFor(expr, timeoutMs = 60000) {
    const start = Date.now();
    for (;;) {
      if (await evaluate(expr)) return Date.now() - start;
      if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for ' + expr + '; errors: ' + errors.join(' | '));
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  async function open(file) {
    requests.length = 0;
    errors.length = 0;
    const loaded = new Promise((resolve) => listeners.push(function l(m) {
      if (m.sessionId === sessionId && m.method === 'Page.loadEventFired') { listeners.splice(listeners.indexOf(l), 1); resolve(); }
    }));
    await page('Page.navigate', { url: 'file://' + path.resolve(file) });
    await loaded;
  }
  async function screenshot(file) {
    const { data } = await page('Page.captureScreenshot', { format: 'png' });
    fs.writeFileSync(file, Buffer.from(data, 'base64'));
  }
  async function type(text) { await page('Input.insertText', { text }); }
  async function key(k, code, keyCode) {
    for (const type of ['keyDown', 'keyUp'])
      await page('Input.dispatchKeyEvent', { type, key: k, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode });
  }
  async function click(x, y) {
    for (const type of ['mousePressed', 'mouseReleased'])
      await page('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
  }
  async function close() {
    try { await send('Browser.close'); } catch (e) { /* already gone */ }
    await new Promise((r) => { if (proc.exitCode !== null) r(); else { proc.on('exit', r); setTimeout(() => { proc.kill('SIGKILL'); r(); }, 5000); } });
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return { page, evaluate, waitFor, open, screenshot, type, key, click, close, requests, errors, dialogs, console: console_ };
}
