// attach(form, options) on a small fixture form with no placeholders.
import { test, expect } from '@playwright/test';
import { nb, openFixture } from './helpers.mjs';

test.describe('attach on a form without placeholders', () => {
  test('inserts the summary at the top and each budget after its section\'s last field', async ({ page }) => {
    await openFixture(page, 'basic');
    await page.evaluate(() => { window.handle = window.formkoll.attach(document.getElementById('form')); });
    const order = await page.evaluate(() =>
      [...document.getElementById('form').children].map((el) => el.className.split(' ')[0] || el.tagName.toLowerCase()));
    expect(order[0]).toBe('formkoll-summary');
    // Section 6's meter follows 6.3's counter; section 5's follows 5.1a's.
    const after = await page.evaluate(() => ({
      s6: document.querySelector('#a63 + .formkoll-count + .formkoll-budget')?.textContent,
      s5: document.querySelector('#a51a + .formkoll-count + .formkoll-budget')?.textContent,
    }));
    expect(after.s6).toContain(nb('Avsnitt 6: 18 av 5 000 tecken'));
    expect(after.s5).toContain(nb('Avsnitt 5: 0 av 8 000 tecken'));
    // The server's text was counted: "Text från servern." is 18 characters.
    await expect(page.locator('#a62 + .formkoll-count .formkoll-count__share')).toHaveText(nb('18 tecken av avsnittets 5 000'));
  });

  test('removes maxlength and keeps the page\'s own aria-describedby first', async ({ page }) => {
    await openFixture(page, 'basic');
    await expect(page.locator('#a61')).toHaveAttribute('maxlength', '5000');
    await page.evaluate(() => { window.handle = window.formkoll.attach(document.getElementById('form')); });
    await expect(page.locator('#a61')).not.toHaveAttribute('maxlength', /.*/);
    const ids = (await page.locator('#a61').getAttribute('aria-describedby')).split(' ');
    expect(ids[0]).toBe('a61-hint');
    expect(ids.length).toBe(2);
    await expect(page.locator(`#${ids[1]}`)).toHaveText(nb('Svaren i Avsnitt 6 får tillsammans ha högst 5 000 tecken.'));
  });

  test('detach() removes everything it added and keeps the text', async ({ page }) => {
    await openFixture(page, 'basic');
    const before = await page.evaluate(() => document.getElementById('form').outerHTML);
    await page.evaluate(() => { window.handle = window.formkoll.attach(document.getElementById('form'), { draftKey: 'detach' }); });
    await page.locator('#a61').fill('Text som ska stå kvar.');
    await page.locator('label[for="c-nej"]').click();
    await expect(page.locator('#a51a')).toHaveAttribute('aria-invalid', 'true');
    await page.evaluate(() => window.handle.detach());
    const after = await page.evaluate(() => document.getElementById('form').outerHTML);
    // The server's maxlength is back (as the last attribute: the DOM has no
    // way to put an attribute back in its old place).
    const moved = (html) => html.replace(' maxlength="5000"', '').replace('data-formkoll-question="6.1"', 'data-formkoll-question="6.1" maxlength="5000"');
    expect(after).toBe(moved(before));
    expect(await page.locator('[class*="formkoll"]').count()).toBe(0);
    await expect(page.locator('#a61')).toHaveValue('Text som ska stå kvar.');
    await expect(page.locator('#c-nej')).toBeChecked();
    // Listening stopped: typing changes nothing, and a second detach is harmless.
    await page.locator('#a63').fill('Mer text.');
    expect(await page.locator('[class*="formkoll"]').count()).toBe(0);
    await page.evaluate(() => window.handle.detach());
    // result() still tells the state at detach.
    const count = await page.evaluate(() => window.handle.result().questions.find((q) => q.id === '6.1').count);
    expect(count).toBe(22);
  });

  test('the enhancement outlives a dropped handle (freed by the garbage collector)', async ({ page }) => {
    await openFixture(page, 'basic');
    // free() is what wasm-bindgen's FinalizationRegistry calls on a collected handle.
    await page.evaluate(() => { window.formkoll.attach(document.getElementById('form')).free(); });
    await page.locator('#a61').fill('Fortfarande räknad.');
    await expect(page.locator('#a61 + .formkoll-count .formkoll-count__share')).toHaveText(nb('19 tecken av avsnittets 5 000'));
    await expect(page.locator('.formkoll-summary')).toHaveCount(1);
  });

  test('result() is the same object as rules.check of the same answers', async ({ page }) => {
    await openFixture(page, 'basic');
    await page.evaluate(() => { window.handle = window.formkoll.attach(document.getElementById('form'), { lang: 'en' }); });
    await page.locator('#a61').fill('Vi har samverkat med kommuner.\n\nUppföljning visar effekt.');
    await page.locator('label[for="c-ja"]').click();
    const { got, expected } = await page.evaluate(() => {
      const { Rules } = window.formkoll;
      const v = (id) => document.getElementById(id).value;
      const report = {
        template: 'resultatredovisning-2024-99',
        answers: { '5.1a': { choice: 'ja', text: v('a51a') }, '6.1': v('a61'), '6.2': v('a62'), '6.3': v('a63') },
      };
      return { got: JSON.stringify(window.handle.result()), expected: JSON.stringify(Rules.default().check(report, 'en')) };
    });
    expect(got).toBe(expected);
    expect(JSON.parse(got).lang).toBe('en');
  });

  test('bad markup or options throw a coded error and leave the page untouched', async ({ page }) => {
    await openFixture(page, 'basic');
    const before = await page.evaluate(() => document.body.outerHTML);
    const errors = await page.evaluate(() => {
      const form = document.getElementById('form');
      const tryAttach = (options) => {
        try { window.formkoll.attach(form, options); return null; } catch (e) { return { code: e.code, path: e.path }; }
      };
      const out = {};
      out.lang = tryAttach({ lang: 'fi' });
      out.draftKey = tryAttach({ draftKey: '' });
      out.notElement = (() => { try { window.formkoll.attach(null); return null; } catch (e) { return { code: e.code, path: e.path }; } })();
      document.getElementById('a63').setAttribute('data-formkoll-question', '9.9');
      out.unknown = tryAttach(undefined);
      document.getElementById('a63').setAttribute('data-formkoll-question', '6.3');
      out.untouched = document.body.outerHTML;
      out.twice = (() => {
        const h = window.formkoll.attach(form);
        const second = tryAttach(undefined);
        h.detach();
        return second;
      })();
      return out;
    });
    // The failed attaches changed nothing at all.
    expect(errors.untouched).toBe(before);
    delete errors.untouched;
    expect(errors).toEqual({
      lang: { code: 'lang.unknown', path: 'lang' },
      draftKey: { code: 'options.invalid', path: 'draftKey' },
      notElement: { code: 'argument.invalid', path: 'form' },
      unknown: { code: 'question.unknown', path: '9.9' },
      twice: { code: 'form.attached', path: 'form' },
    });
    // The successful attach (for "twice") removed the server's maxlength, and its detach put it back.
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(before.replace(' maxlength="5000"', '').replace('data-formkoll-question="6.1"', 'data-formkoll-question="6.1" maxlength="5000"'));
  });

  test('"Rensa texten" changes the text only when its changes are applied', async ({ page }) => {
    await openFixture(page, 'basic');
    await page.evaluate(() => { window.handle = window.formkoll.attach(document.getElementById('form')); });
    const dirty = 'Arbetet fö r utveck- ling\u200b i länet.';
    await page.locator('#a61').fill(dirty);
    const button = page.locator('.formkoll-hygiene button[data-formkoll-clean="6.1"]');
    await expect(button).toHaveText('Rensa texten');
    await expect(button).toHaveAccessibleDescription(/Fråga 6\.1: texten innehåller 1 osynligt tecken/);
    await expect(page.locator('.formkoll-hygiene')).toContainText('Fråga 6.1: texten innehåller 1 osynligt tecken');
    await page.waitForTimeout(600);
    await expect(page.locator('#a61')).toHaveValue(dirty);
    await button.click();
    // The button shows the changes (review.spec.mjs); they are made on "Genomför valda ändringar".
    await expect(page.locator('.formkoll-review__item')).toHaveCount(3);
    await expect(page.locator('#a61')).toHaveValue(dirty);
    await page.locator('[data-formkoll-review="apply"]').click();
    await expect(page.locator('#a61')).toHaveValue('Arbetet för utveckling i länet.');
    await expect(page.locator('.formkoll-status')).toHaveText('Texten i fråga 6.1 är rensad (3 ändringar).');
    await expect(page.locator('.formkoll-hygiene')).toHaveCount(0);
    await expect(page.locator('#a61 + .formkoll-count .formkoll-count__share')).toHaveText(nb('31 tecken av avsnittets 5 000'));
  });
});
