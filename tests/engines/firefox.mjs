// Debian's Firefox ESR, headless, driven by puppeteer-core over WebDriver
// BiDi (Playwright's Firefox is a patched build that cannot be downloaded
// here). Implements the driver interface of suite.mjs.
import puppeteer from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';

/** Starts Firefox ESR; resolves to a driver (see suite.mjs for the interface). */
export async function launch() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Fresh profile, nothing from the network beyond the test server.
    extraPrefsFirefox: { 'browser.shell.checkDefaultBrowser': false, 'app.update.enabled': false },
  });
  const page = await browser.newPage();
  page.setDefaultTimeout(20_000);
  const version = (await browser.version()).replace(/^firefox\//i, '');
  return {
    engine: 'firefox',
    version: `Firefox ESR ${version}`,
    async goto(url) { await page.goto(url, { waitUntil: 'load' }); },
    async reload() { await page.reload({ waitUntil: 'load' }); },
    async eval(fn, ...args) { return page.evaluate(fn, ...args); },
    async click(selector) { await page.click(selector); },
    // Key presses (BiDi input.performActions), one a code point, "\n" as Enter.
    async type(text) { await page.keyboard.type(text); },
    async close() { await browser.close(); },
  };
}
