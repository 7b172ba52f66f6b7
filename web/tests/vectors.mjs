// Every shared vector of every kind through the WebAssembly module under Node: the expected
// decision bytes, or the expected error (code, kind, path, message), as Rust, C, Python and
// the firmware give them. Usage: node web/tests/vectors.mjs path/to/helserett_web.wasm
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const root = fileURLToPath(new URL("../../", import.meta.url));
// The page's own wrapper, run as the page runs it (a classic script).
vm.runInThisContext(readFileSync(`${root}web/kiosk/helserett.js`, "utf8"));
const { Kernel, HelserettError } = globalThis.Helserett;
const kernel = await Kernel.load(readFileSync(process.argv[2]));
const files = ["eea.json", "inbound.json", "methods.json", "with_params/tables.json"];
let passed = 0;
const failed = [];
for (const name of files) {
  const { tests } = JSON.parse(readFileSync(`${root}tests/vectors/${name}`, "utf8"));
  for (const t of tests) {
    let got;
    try {
      got = { expected: kernel.evaluate(t.input, t.params ?? "", t.mode ?? "overlay") };
    } catch (e) {
      if (!(e instanceof HelserettError)) throw e;
      got = { error: { code: e.code, kind: e.kind, path: e.path, message: e.message } };
    }
    const want = "expected" in t ? { expected: t.expected } : { error: t.error };
    if (JSON.stringify(got) === JSON.stringify(want)) passed += 1;
    else failed.push(`${t.id}: ${JSON.stringify(got).slice(0, 200)}`);
  }
}
for (const f of failed) console.log(`FAIL ${f}`);
console.log(`wasm-vectors: ${passed} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
