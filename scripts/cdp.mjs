// @ts-check
// Headless Chromium driven over the DevTools protocol through a pipe (--remote-debugging-pipe), with no
// npm package: commands are JSON messages written to the browser's fd 3, replies and events are read from
// its fd 4, each message ended by a NUL byte. Used by the progress page's browser test and by
// scripts/report-screenshot.mjs. Every wait has a time limit, and close() always kills the browser.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The Chromium on this machine (Debian's package installs /usr/bin/chromium), or null. */
export function findChromium() {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    const file = found.stdout.trim();
    if (found.status === 0 && file) return file;
  }
  return null;
}

/**
 * @typedef {{ method: string, params: any, sessionId?: string }} CdpEvent
 * @typedef {{
 *   send: (method: string, params?: object, sessionId?: string) => Promise<any>,
 *   events: CdpEvent[],
 *   waitFor: (method: string, sessionId?: string, timeoutMs?: number) => Promise<CdpEvent>,
 *   close: () => Promise<void>,
 *   stderr: () => string,
 * }} Browser
 */

/**
 * Starts headless Chromium with a fresh profile and nothing that reaches the network on its own.
 * @param {{ binary: string, timeoutMs?: number }} options
 * @returns {Promise<Browser>}
 */
export async function launch({ binary, timeoutMs = 20_000 }) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-chromium-'));
  const child = spawn(
    binary,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-default-apps',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--mute-audio',
      '--hide-scrollbars',
      `--user-data-dir=${profile}`,
      '--remote-debugging-pipe',
      'about:blank',
    ],
    { stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'] },
  );
  let errText = '';
  child.stdout?.on('data', () => {});
  child.stderr?.on('data', (d) => {
    errText = (errText + String(d)).slice(-20_000);
  });
  const input = /** @type {import('node:stream').Writable} */ (child.stdio[3]);
  const output = /** @type {import('node:stream').Readable} */ (child.stdio[4]);
  // A browser that exits closes the pipes: that is reported by the exit handler below, not as a stream error.
  input.on('error', () => {});
  output.on('error', () => {});
  /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void, method: string }>} */
  const pending = new Map();
  /** @type {CdpEvent[]} */
  const events = [];
  /** @type {Set<(e: CdpEvent) => void>} */
  const listeners = new Set();
  let exited = false;
  let buffer = Buffer.alloc(0);
  output.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (let end = buffer.indexOf(0); end >= 0; end = buffer.indexOf(0)) {
      const message = JSON.parse(buffer.subarray(0, end).toString('utf8'));
      buffer = buffer.subarray(end + 1);
      if (typeof message.id === 'number') {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(`${waiting.method}: ${message.error.message}`));
        else waiting?.resolve(message.result);
      } else {
        const event = { method: message.method, params: message.params, sessionId: message.sessionId };
        events.push(event);
        for (const listener of listeners) listener(event);
      }
    }
  });
  /** @type {() => void} */
  let markGone = () => {};
  const gone = new Promise((resolve) => {
    markGone = () => resolve(undefined);
  });
  /** @param {Error} error */
  const ended = (error) => {
    exited = true;
    for (const { reject, method } of pending.values()) reject(new Error(`${method}: ${error.message}`));
    pending.clear();
    markGone();
  };
  child.once('exit', () => ended(new Error(`chromium exited (${errText.trim().split('\n').at(-1) ?? ''})`)));
  // It could not be started at all (no such file).
  child.once('error', (error) => ended(error));
  let nextId = 0;
  /** @type {Browser['send']} */
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      if (exited) return reject(new Error(`${method}: chromium is not running`));
      const id = ++nextId;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${method}: no reply within ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, {
        method,
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  /** @type {Browser['waitFor']} */
  const waitFor = (method, sessionId, wait = timeoutMs) =>
    new Promise((resolve, reject) => {
      const seen = events.find((e) => e.method === method && (!sessionId || e.sessionId === sessionId));
      if (seen) return resolve(seen);
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`no ${method} within ${wait} ms`));
      }, wait);
      /** @param {CdpEvent} e */
      const listener = (e) => {
        if (e.method !== method || (sessionId && e.sessionId !== sessionId)) return;
        clearTimeout(timer);
        listeners.delete(listener);
        resolve(e);
      };
      listeners.add(listener);
    });
  const close = async () => {
    if (!exited) {
      // Browser.close asks politely; SIGKILL after a second makes sure.
      send('Browser.close').catch(() => {});
      const killer = setTimeout(() => child.kill('SIGKILL'), 1000);
      await Promise.race([gone, new Promise((r) => setTimeout(r, 3000))]);
      clearTimeout(killer);
      if (!exited) child.kill('SIGKILL');
    }
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  // The browser is ready when it answers; one that does not (or exits) is killed, never left behind.
  try {
    await send('Browser.getVersion');
  } catch (error) {
    await close();
    throw error;
  }
  return { send, events, waitFor, close, stderr: () => errText };
}

/**
 * Opens a page in a new tab with Runtime, Log, Network and Page events on, at a width, and waits for its load event.
 * @param {Browser} browser
 * @param {string} url
 * @param {{ width: number, height: number, mobile?: boolean }} viewport
 */
export async function openPage(browser, url, viewport) {
  const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  for (const domain of ['Runtime', 'Log', 'Network', 'Page']) await browser.send(`${domain}.enable`, {}, sessionId);
  await browser.send('Emulation.setDeviceMetricsOverride', { deviceScaleFactor: 1, mobile: false, ...viewport }, sessionId);
  const loaded = browser.waitFor('Page.loadEventFired', sessionId);
  await browser.send('Page.navigate', { url }, sessionId);
  await loaded;
  /** @param {string} expression */
  const evaluate = async (expression) => {
    const { result, exceptionDetails } = await browser.send('Runtime.evaluate', { expression, returnByValue: true }, sessionId);
    if (exceptionDetails) throw new Error(`evaluate ${expression}: ${exceptionDetails.text}`);
    return result.value;
  };
  return { targetId, sessionId, evaluate };
}
