// Every shared vector of every kind through the WebAssembly module under Node: the expected
// decision bytes, or the expected error (code, kind, path, message), as Rust, C, Python and
// the firmware give them; and the buffer contract of the C ABI. Usage: node web/tests/vectors.mjs path/to/helserett_web.wasm
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

// The C ABI's contract, through the raw exports: a short buffer gets BUFFER_TOO_SMALL with the
// size needed and is left untouched; a range outside the module's buffers is refused, not read.
{
  const x = kernel.x;
  const input = new TextEncoder().encode(JSON.parse(readFileSync(`${root}tests/vectors/eea.json`, "utf8")).tests[0].input);
  new Uint8Array(x.memory.buffer).set(input, x.hr_buffer());
  const nAt = x.hr_buffer() + x.hr_buffer_len() - 8;
  const out = new Uint8Array(x.memory.buffer, x.hr_output(), 16);
  out.fill(0xaa);
  const status = x.helserett_evaluate_json(x.hr_buffer(), input.length, 0, 0, 0, x.hr_output(), 16, nAt);
  const needed = new DataView(x.memory.buffer).getUint32(nAt, true);
  const error = JSON.parse(new TextDecoder().decode(new Uint8Array(x.memory.buffer, x.hr_error(), x.hr_error_len())));
  const untouched = out.every((b) => b === 0xaa);
  const full = kernel.evaluate(new TextDecoder().decode(input));
  const ok = error.kind === "buffer_too_small" && status === error.code && needed === full.length && untouched;
  if (ok) passed += 1;
  else failed.push(`short buffer: status ${status}, needed ${needed} of ${full.length}, untouched ${untouched}`);
  // An input range outside the input buffer (the output buffer) is refused, naming the field.
  const outside = x.helserett_evaluate_json(x.hr_output(), 10, 0, 0, 0, x.hr_output(), 16, nAt);
  const refused = JSON.parse(new TextDecoder().decode(new Uint8Array(x.memory.buffer, x.hr_error(), x.hr_error_len())));
  if (outside !== 0 && refused.path === "case_json") passed += 1;
  else failed.push(`outside the buffer: status ${outside}, path ${refused.path}`);
}
for (const f of failed) console.log(`FAIL ${f}`);
console.log(`wasm-vectors: ${passed} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
