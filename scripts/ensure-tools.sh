#!/usr/bin/env bash
# Installs what `make test` (all steps) or `make pkg`/`make demo` (rust-wasm,
# wasm-bindgen, node) need on a fresh machine, skipping what is there.
# Usage: scripts/ensure-tools.sh [rust-wasm] [wasm-bindgen] [wasm-pack] [node] [chromium] [fuzz] [engines] [python-docx] [hunspell] [unicode-data]
# Only package registries are reachable here: nothing below downloads from GitHub
# or a browser CDN (wasm-pack's own binaryen download, `npx playwright install`).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '[ensure-tools] %s\n' "$*" >&2; }

rust_wasm() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then return; fi
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

wasm_bindgen() {
  # The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
  local want
  want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
  if [ -z "$want" ]; then cargo generate-lockfile >/dev/null; want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock); fi
  if command -v wasm-bindgen >/dev/null && wasm-bindgen --version | grep -q " $want\$"; then return; fi
  say "installing wasm-bindgen-cli $want (about 3 minutes)"
  # No --locked: it pins a webpki-roots version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$want"
}

wasm_pack() {
  if command -v wasm-pack >/dev/null; then return; fi
  say "installing wasm-pack (about 3 minutes)"
  cargo install wasm-pack --locked
}

node_modules() {
  # binaryen (wasm-opt; never Debian's 108), Playwright, axe-core, TypeScript,
  # and the package's consumer-test tools: Vite, webpack, publint, attw.
  if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then return; fi
  say "installing npm dev dependencies"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
}

chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && fc-list 2>/dev/null | grep -qi "Noto Color Emoji"; then return; fi
  say "installing Debian's chromium, chromium-driver and emoji fonts"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver fonts-noto-color-emoji >/dev/null
}

unicode_data() {
  # Unicode's data files, from which tests/invisible.rs regenerates src/hygiene/invisible_table.rs.
  if [ -f /usr/share/unicode/DerivedCoreProperties.txt ]; then return; fi
  say "installing Debian's unicode-data"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq unicode-data >/dev/null 2>&1 || { apt-get update -qq; apt-get install -y -qq unicode-data >/dev/null; }
}

fuzz() {
  # cargo-fuzz builds with nightly's -Z flags.
  if ! rustup toolchain list | grep -q '^nightly'; then
    say "installing the nightly toolchain (for cargo-fuzz)"
    rustup toolchain install nightly --profile minimal
  fi
  if command -v cargo-fuzz >/dev/null; then return; fi
  say "installing cargo-fuzz"
  cargo install cargo-fuzz --locked
}

engines() {
  # make test-engines: Debian's Firefox ESR (driven by puppeteer-core over
  # WebDriver BiDi) and WebKitGTK's WebKitWebDriver + MiniBrowser, which needs
  # a display: Xvfb. Stock builds only; Playwright's patched ones cannot be
  # downloaded here. The lock timeout lets it wait for another apt-get.
  local want=()
  [ -x /usr/bin/firefox-esr ] || want+=(firefox-esr)
  [ -x /usr/bin/WebKitWebDriver ] || want+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null && command -v xauth >/dev/null || want+=(xvfb xauth)
  fc-list 2>/dev/null | grep -qi "Noto Color Emoji" || want+=(fonts-noto-color-emoji)
  if [ ${#want[@]} -eq 0 ]; then return; fi
  say "installing ${want[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=900 update -qq
  apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends "${want[@]}" >/dev/null
}

python_docx() {
  # python-docx builds the Word documents of tests/docx_word.rs
  # (scripts/make-word-docs.py); in a venv under .tools/, because Debian's
  # python refuses a system-wide `pip install` (PEP 668).
  if .tools/py/bin/python3 -c "import docx" 2>/dev/null; then return; fi
  say "installing python-docx into .tools/py"
  python3 -m venv .tools/py
  .tools/py/bin/pip install --quiet "python-docx==1.2.0"
}

hunspell() {
  # Debian's Swedish hunspell dictionary: read by the PDF rules' test-time
  # oracle (src/hygiene/pdf/oracle.rs), never copied or shipped.
  if [ -f /usr/share/hunspell/sv_SE.dic ]; then return; fi
  say "installing Debian's hunspell-sv"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq hunspell-sv >/dev/null
}

for step in "${@:-rust-wasm wasm-bindgen wasm-pack node chromium python-docx unicode-data}"; do
  for s in $step; do
    case "$s" in
      rust-wasm) rust_wasm ;;
      wasm-bindgen) wasm_bindgen ;;
      wasm-pack) wasm_pack ;;
      node) node_modules ;;
      chromium) chromium ;;
      fuzz) fuzz ;;
      engines) engines ;;
      python-docx) python_docx ;;
      hunspell) hunspell ;;
      unicode-data) unicode_data ;;
      *) say "unknown step $s"; exit 2 ;;
    esac
  done
done
