// The helserett kernel in the page: a thin wrapper around the WebAssembly module's exports
// (web/src/lib.rs). It moves text in and out of the module's buffers and turns a status into
// an exception; it decides nothing and holds no text of its own. A classic script (the page
// also runs from file://, where module scripts do not load) that defines `Helserett`; Node
// runs it the same way (web/tests/vectors.mjs).
(function () {
"use strict";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A call the kernel refused: its code, kind, field path, message and, for an answer, the
 * help a person is shown. */
class HelserettError extends Error {
  constructor(detail) {
    super(detail.message);
    this.code = detail.code;
    this.kind = detail.kind;
    this.path = detail.path;
    this.help = detail.help;
  }
}

class Kernel {
  /** `bytes`: the module (a Uint8Array). */
  static async load(bytes) {
    const { instance } = await WebAssembly.instantiate(bytes, {});
    return new Kernel(instance.exports);
  }

  /** The module from its base64 text (helserett-module.js, for file://). */
  static async fromBase64(text) {
    const raw = atob(text);
    const bytes = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return Kernel.load(bytes);
  }

  constructor(x) {
    this.x = x;
  }

  /** Writes the strings into the input buffer, one after the other; their [pointer, length]
   * pairs. */
  _inputs(strings) {
    const mem = new Uint8Array(this.x.memory.buffer);
    let at = this.x.hr_buffer();
    const end = at + this.x.hr_buffer_len() - 8;
    return strings.map((s) => {
      const bytes = encoder.encode(s);
      if (at + bytes.length > end) throw new RangeError("input too long for the module's buffer");
      mem.set(bytes, at);
      const pair = [at, bytes.length];
      at += bytes.length;
      return pair;
    });
  }

  /** Calls an export whose last three arguments are the output; the output's text. */
  _call(name, args) {
    const x = this.x;
    const nAt = x.hr_buffer() + x.hr_buffer_len() - 8;
    const status = x[name](...args, x.hr_output(), x.hr_output_len(), nAt);
    if (status !== 0) {
      const detail = decoder.decode(new Uint8Array(x.memory.buffer, x.hr_error(), x.hr_error_len()));
      throw new HelserettError(JSON.parse(detail));
    }
    const n = new DataView(x.memory.buffer).getUint32(nAt, true);
    return decoder.decode(new Uint8Array(x.memory.buffer, x.hr_output(), n));
  }

  /** The decision JSON for a case of any kind: the bytes of the C library, the CLI, Python. */
  evaluate(caseJson, params = "", mode = "overlay") {
    const [c, p] = this._inputs([caseJson, params]);
    return this._call("helserett_evaluate_json", [...c, ...p, modeNumber(mode)]);
  }

  /** The next question as an object (`fact`, `index`, `answer`, `text`, `hint`, `options`), or
   * null when the case is settled. */
  question(caseJson, params = "", lang = "nb") {
    const [c, p] = this._inputs([caseJson, params]);
    return JSON.parse(this._call("helserett_question_json", [...c, ...p, 0, langNumber(lang)]));
  }

  /** The case JSON with the answer `text` to `fact` recorded (`index` for a per-date fact). */
  answer(caseJson, fact, index, text, params = "", lang = "nb") {
    const [c, p, f, t] = this._inputs([caseJson, params, fact, text]);
    return this._call("helserett_answer_json", [
      ...c, ...p, 0, ...f, index == null ? -1 : index, ...t, langNumber(lang),
    ]);
  }

  /** What the person in front of the screen reads (the patient view). */
  view(caseJson, params = "", lang = "nb") {
    const [c, p] = this._inputs([caseJson, params]);
    return this._call("helserett_text_json", [...c, ...p, 0, 0, langNumber(lang)]);
  }

  /** The summary for a caseworker, a desk or a clinician. */
  explain(caseJson, params = "", lang = "nb") {
    const [c, p] = this._inputs([caseJson, params]);
    return this._call("helserett_text_json", [...c, ...p, 0, 1, langNumber(lang)]);
  }

  /** The screen's own words, by code. */
  uiTexts(lang = "nb") {
    return JSON.parse(this._call("helserett_ui_texts_json", [langNumber(lang)]));
  }
}

function langNumber(lang) {
  if (lang === "nb") return 0;
  if (lang === "en") return 1;
  throw new RangeError(`lang is "nb" or "en", not ${lang}`);
}

function modeNumber(mode) {
  if (mode === "overlay") return 0;
  if (mode === "replace") return 1;
  throw new RangeError(`mode is "overlay" or "replace", not ${mode}`);
}

globalThis.Helserett = { Kernel, HelserettError };
})();
