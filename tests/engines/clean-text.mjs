// "Rensa texten": a button per field in the summary's hygiene block opens a
// review of each proposed change next to the answer (a checkbox each,
// checked); "Genomför valda ändringar" makes the checked ones and "Ångra
// rensningen" brings the exact text back. Kept apart from suite.mjs.
const DIRTY = 'Arbetet fö r utveck- ling\u200b i länet.';
const CLEAN = 'Arbetet för utveckling i länet.';

/**
 * Pastes a text with a broken word, a soft hyphen break and an invisible
 * character into the field, checks that nothing changes until the person
 * clicks "Rensa texten" for question id, then that the text is clean.
 * `h` is { waitEqual, clickText } from suite.mjs.
 */
export async function cleanText(b, h, selector, id) {
  await b.eval((sel, text) => {
    const t = document.querySelector(sel);
    t.value = text;
    t.dispatchEvent(new Event('input', { bubbles: true }));
  }, selector, DIRTY);
  await h.waitEqual(b, '"Rensa texten" offered', (q) => {
    const button = document.querySelector(`.formkoll-hygiene button[data-formkoll-clean="${q}"]`);
    return button && { text: button.textContent, said: document.querySelector('.formkoll-hygiene').textContent.includes(`Fråga ${q}: texten innehåller 1 osynligt tecken`) };
  }, [id], { text: 'Rensa texten', said: true });
  // Offered, not done: the text is as pasted until the click.
  const before = await b.eval((sel) => document.querySelector(sel).value, selector);
  if (before !== DIRTY) throw new Error(`the text changed before "Rensa texten" was clicked: ${JSON.stringify(before)}`);
  await b.click(`.formkoll-hygiene button[data-formkoll-clean="${id}"]`);
  // The review lists the three changes, all checked, and changes nothing yet.
  await h.waitEqual(b, 'the review of "Rensa texten"', (sel) => ({
    value: document.querySelector(sel).value,
    boxes: document.querySelectorAll('.formkoll-review input[type=checkbox]').length,
    checked: document.querySelectorAll('.formkoll-review input[type=checkbox]:checked').length,
    apply: document.querySelector('.formkoll-review button[data-formkoll-review="apply"]')?.textContent,
  }), [selector], { value: DIRTY, boxes: 3, checked: 3, apply: 'Genomför valda ändringar' });
  await b.click('.formkoll-review button[data-formkoll-review="apply"]');
  await h.waitEqual(b, 'after "Genomför valda ändringar"', (sel) => ({
    value: document.querySelector(sel).value,
    status: document.querySelector('.formkoll-status')?.textContent,
    offered: document.querySelectorAll('.formkoll-hygiene').length,
  }), [selector], { value: CLEAN, status: `Texten i fråga ${id} är rensad (3 ändringar).`, offered: 0 });
  // "Ångra rensningen" restores exactly what was pasted.
  await b.click('button[data-formkoll-review="undo"]');
  await h.waitEqual(b, 'after "Ångra rensningen"', (sel) => document.querySelector(sel).value, [selector], DIRTY);
}
