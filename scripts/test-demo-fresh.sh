#!/usr/bin/env bash
# `make demo` as the FIRST command on a fresh clone: clones the committed
# HEAD into a scratch directory (no node_modules, no pkg/), puts broken
# `wasm-opt` and `wasm-pack` first on PATH (a Debian binaryen 108 wasm-opt
# breaks the module; the build must use npm's binaryen and needs no
# wasm-pack), runs `make demo`, and checks that the page, the package and the
# strict CSP are served. Ends with "test-demo: N passed, N failed".
#   scripts/test-demo-fresh.sh
# Cargo builds into target/fresh-demo/ (kept between runs, apart from this
# checkout's own artifacts); everything else is as on a new machine.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
scratch=$(mktemp -d /tmp/formkoll-fresh.XXXXXX)
log=$scratch/demo.log
pass=0
fail=0
check() { # name, status
  if [ "$2" -eq 0 ]; then pass=$((pass + 1)); echo "ok   $1"; else fail=$((fail + 1)); echo "FAIL $1"; fi
}
demo_pid=
cleanup() {
  if [ -n "$demo_pid" ]; then kill -- -"$demo_pid" 2>/dev/null; wait "$demo_pid" 2>/dev/null; fi
  rm -rf "$scratch"
}
trap cleanup EXIT

git clone -q "$repo" "$scratch/clone"
mkdir -p "$scratch/fakebin"
for tool in wasm-opt wasm-pack; do
  printf '#!/bin/sh\necho "the wrong %s was used" >&2\nexit 99\n' "$tool" >"$scratch/fakebin/$tool"
  chmod +x "$scratch/fakebin/$tool"
done
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(
  cd "$scratch/clone" &&
    PATH="$scratch/fakebin:$PATH" CARGO_TARGET_DIR="$repo/target/fresh-demo" DEMO_PORT=$port \
      exec setsid make demo
) >"$log" 2>&1 &
demo_pid=$!

url=http://127.0.0.1:$port
served=1
for _ in $(seq 1 600); do
  if curl -fs -o /dev/null "$url/www/"; then served=0; break; fi
  if ! kill -0 "$demo_pid" 2>/dev/null; then break; fi
  sleep 1
done
check "make demo serves $url/www/ from a fresh clone" $served
if [ $served -ne 0 ]; then tail -30 "$log"; fi
headers=$(curl -fsI "$url/pkg/formkoll_bg.wasm" 2>/dev/null)
grep -qi '^content-type: application/wasm' <<<"$headers"
check "the package's module is served as application/wasm" $?
grep -qi "^content-security-policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" <<<"$headers"
check "under the strict CSP" $?
! grep -q "the wrong" "$log"
check "no wasm-opt or wasm-pack from PATH was used (npm's binaryen was)" $?
grep -q 'installing npm dev dependencies' "$log"
check "make demo installed the npm tools it needed" $?
echo "test-demo: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
