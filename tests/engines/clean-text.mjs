// "Rensa texten" as it is today: a button per field in the summary's hygiene
// block, which cleans that field when clicked. Kept apart from suite.mjs so
// that the review list that replaces it (checkboxes, "Genomför valda
// ändringar") changes this one file.
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
  await h.waitEqual(b, 'after "Rensa texten"', (sel) => ({
    value: document.querySelector(sel).value,
    status: document.querySelector('.formkoll-status')?.textContent,
    offered: document.querySelectorAll('.formkoll-hygiene').length,
  }), [selector], { value: CLEAN, status: `Texten i fråga ${id} är rensad (3 ändringar).`, offered: 0 });
}
