// The anchor of the start-up benchmark: WebAssembly.compile of the very
// bytes formkoll ships, fetched first, in a fresh browser context.
const bytes = await (await fetch(new URL('../pkg/formkoll_bg.wasm', import.meta.url))).arrayBuffer();
const t0 = performance.now();
await WebAssembly.compile(bytes);
window.formkollCompile = { compile: performance.now() - t0, bytes: bytes.byteLength };
