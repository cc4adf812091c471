// Minify formkoll.css for the package: comments out, whitespace collapsed, no spaces
// around { } ; , > or after a colon, no last ; in a block. Strings are copied as they are
// ("⚠ " keeps its space). A space before a colon is kept: ".a :focus-visible" is a
// descendant selector, ".a:focus-visible" is not. No npm dependency (the rules are few).
//   node scripts/minify-css.mjs src/dom/formkoll.css > pkg/formkoll.css
import { readFileSync } from 'node:fs';

const src = readFileSync(process.argv[2], 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
// Odd parts are the quoted strings, left untouched.
const parts = src.split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/);
let out = '';
for (let i = 0; i < parts.length; i++) {
  out += i % 2
    ? parts[i]
    : parts[i]
        .replace(/\s+/g, ' ')
        .replace(/ ?([{};,>]) ?/g, '$1')
        .replace(/:\s/g, ':')
        .replace(/ !important/g, '!important')
        .replace(/;}/g, '}');
}
const opens = out.split('{').length;
if (opens !== out.split('}').length || opens < 2) {
  console.error(`minify-css: unbalanced braces in ${process.argv[2]}`);
  process.exit(1);
}
process.stdout.write(out.trim() + '\n');
