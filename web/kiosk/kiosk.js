// The web kiosk: one question per screen for a patient, then the answer as the patient reads
// it. Every word on the screen comes from the kernel (the question, its hint and options, the
// help for a refused answer, the view, the screen's own words); this script only lays them
// out and keeps the case between screens. Nothing is stored: "Ny pasient" and the idle timeout
// drop the case and rebuild the screen. Query: ?lang=en, ?date=YYYY-MM-DD (the day decided on;
// default today), ?idle=SECONDS (default 120; 0: never).
(function () {
  "use strict";
  const H = globalThis.Helserett;
  const query = new URLSearchParams(location.search);
  const idleSeconds = Number(query.get("idle") ?? 120);
  const el = (id) => document.getElementById(id);
  const main = el("main");

  let kernel;
  let lang = query.get("lang") === "en" ? "en" : "nb";
  let table = ""; // an operator's parameter file, as text ("" is the built-in table)
  let texts;
  let state;
  let idleTimer;

  function today() {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    return query.get("date") || `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }

  function newCase() {
    return JSON.stringify({ evaluation_date: today(), audience: "patient" });
  }

  /** An empty case and a clean screen; `notice` says why (the idle timeout). */
  function start(notice) {
    state = { case: newCase(), history: [], error: null, notice: notice || null };
    // The screen focuses its first answer (a keyboard user starts there).
    render();
  }

  function node(tag, props, ...children) {
    const n = document.createElement(tag);
    Object.assign(n, props || {});
    for (const c of children) if (c != null) n.append(c);
    return n;
  }

  function render() {
    texts = kernel.uiTexts(lang);
    document.documentElement.lang = lang;
    document.title = texts.kiosk_title;
    el("title").textContent = texts.kiosk_title;
    el("language").textContent = texts.other_language;
    el("language").lang = lang === "nb" ? "en" : "nb";
    el("new-patient").textContent = texts.new_patient_button;
    el("params-label").textContent = texts.params_file;
    main.replaceChildren();
    const q = kernel.question(state.case, table, lang);
    if (q) question(q);
    else result();
    armIdle();
  }

  function notices() {
    const out = [];
    if (state.notice) out.push(node("p", { className: "notice", role: "status", textContent: state.notice }));
    if (state.error) out.push(node("p", { className: "error", id: "error", role: "alert", textContent: state.error }));
    return out;
  }

  function question(q) {
    const progress = node("p", {
      className: "progress",
      textContent: `${texts.question_number} ${state.history.length + 1}`,
    });
    const hint = node("p", { className: "hint", id: "hint", textContent: q.hint });
    const described = state.error ? "hint error" : "hint";
    let body;
    let first;
    if (q.options.length && q.answer !== "choices") {
      const buttons = q.options.map((o) => {
        const b = node("button", { type: "button", textContent: o.label, onclick: () => answer(q, o.key) });
        b.dataset.key = o.key;
        return b;
      });
      // The hint is how to type a choice at a terminal ("the number or the text"): a button
      // needs none. A refused answer's help still describes the buttons.
      if (state.error) buttons.forEach((b) => b.setAttribute("aria-describedby", "error"));
      body = [node("h1", { id: "question", textContent: q.text }), progress, ...notices(),
        node("div", { className: "options", role: "group" }, ...buttons)];
      body[body.length - 1].setAttribute("aria-labelledby", "question");
      first = buttons[0];
    } else if (q.answer === "choices") {
      const boxes = q.options.map((o, i) => {
        const box = node("input", { type: "checkbox", id: `option-${i}`, value: o.key });
        return node("div", {}, box, " ", node("label", { htmlFor: `option-${i}`, textContent: o.label }));
      });
      const legend = node("legend", {}, node("h1", { textContent: q.text }));
      const next = node("button", { type: "submit", textContent: texts.next_button });
      const form = node("form", {}, node("fieldset", {}, legend, ...boxes), node("div", { className: "row" }, next));
      form.onsubmit = (e) => {
        e.preventDefault();
        const keys = [...form.querySelectorAll("input:checked")].map((b) => b.value);
        answer(q, keys.join(", "));
      };
      body = [progress, ...notices(), hint, form];
      first = form.querySelector("input");
    } else {
      const input = node("input", { type: "text", id: "answer", className: "answer", autocomplete: "off" });
      input.setAttribute("aria-describedby", described);
      if (q.answer === "amount_ore" || q.answer === "number") input.inputMode = "decimal";
      const label = node("label", { htmlFor: "answer", textContent: q.text });
      const next = node("button", { type: "submit", textContent: texts.next_button });
      const form = node("form", {}, node("h1", {}, label), progress, ...notices(), hint, input,
        node("div", { className: "row" }, next));
      form.onsubmit = (e) => {
        e.preventDefault();
        answer(q, input.value);
      };
      body = [form];
      first = input;
    }
    const back = node("button", { type: "button", className: "quiet", textContent: texts.back_button, onclick: goBack });
    back.disabled = state.history.length === 0;
    const dontKnow = node("button", {
      type: "button",
      className: "quiet",
      textContent: texts.dont_know_button,
      onclick: () => answer(q, texts.dont_know_answer),
    });
    main.append(...body, node("div", { className: "row" }, back, dontKnow));
    if (first) first.focus();
  }

  function answer(q, text) {
    touch();
    try {
      const next = kernel.answer(state.case, q.fact, q.index, text, table, lang);
      state.history.push(state.case);
      state.case = next;
      state.error = null;
    } catch (e) {
      if (!(e instanceof H.HelserettError)) throw e;
      state.error = e.help || texts.not_understood;
    }
    state.notice = null;
    render();
  }

  function goBack() {
    touch();
    if (!state.history.length) return;
    state.case = state.history.pop();
    state.error = null;
    state.notice = texts.taken_back;
    render();
  }

  function result() {
    const view = kernel.view(state.case, table, lang);
    const again = node("button", { type: "button", textContent: texts.new_patient_button, onclick: () => start() });
    const back = node("button", { type: "button", className: "quiet", textContent: texts.back_button, onclick: goBack });
    main.append(
      node("h1", { textContent: texts.result_heading }),
      ...notices(),
      node("p", { textContent: texts.done }),
      node("div", { className: "view", id: "view", textContent: view }),
      node("div", { className: "row" }, back, again),
    );
    again.focus();
  }

  function touch() {
    armIdle();
  }

  /** After `idle` seconds without a touch, a screen with answers on it is wiped. */
  function armIdle() {
    clearTimeout(idleTimer);
    if (idleSeconds > 0) {
      idleTimer = setTimeout(() => {
        if (state.history.length) start(texts.timed_out);
      }, idleSeconds * 1000);
    }
  }

  el("language").onclick = () => {
    lang = lang === "nb" ? "en" : "nb";
    render();
  };
  el("new-patient").onclick = () => start();
  document.addEventListener("keydown", touch);
  el("params-file").onchange = async (e) => {
    const file = e.target.files[0];
    const note = el("params-note");
    if (!file) return;
    const text = await file.text();
    try {
      kernel.evaluate(newCase(), text); // read and checked by the kernel before use
      table = text;
      note.textContent = file.name;
      start();
    } catch (err) {
      if (!(err instanceof H.HelserettError)) throw err;
      note.textContent = err.message;
    }
  };

  H.Kernel.fromBase64(globalThis.HELSERETT_WASM_BASE64).then((k) => {
    kernel = k;
    start();
  });
})();
