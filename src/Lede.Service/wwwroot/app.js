// The page's controller: reads the form (a URL, pasted HTML or a dropped file), asks the service for the
// article with its trace, and shows the article beside the original.
"use strict";

(() => {
  const $ = id => document.getElementById(id);
  const form = $("input"), urlInput = $("url"), htmlInput = $("html"), fileInput = $("file");
  const statusLine = $("status"), button = $("extract");
  const state = { file: null, nodes: [], trace: [] };

  function setStatus(text, isError = false) {
    statusLine.textContent = text;
    statusLine.classList.toggle("error", isError);
  }

  // A file's bytes go to the service as they are (Lede reads the charset itself); for the frame and the text box
  // they are decoded with the charset the page declares near its start, else UTF-8.
  function decode(bytes) {
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
    const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
    try {
      return new TextDecoder(declared || "utf-8").decode(bytes);
    } catch {
      return new TextDecoder("utf-8").decode(bytes);
    }
  }

  async function takeFile(file) {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    state.file = { name: file.name, bytes, text: decode(bytes) };
    htmlInput.value = state.file.text;
    setStatus(`${file.name}: ${bytes.length.toLocaleString()} bytes`);
  }

  function request() {
    const url = urlInput.value.trim();
    const html = htmlInput.value;
    const query = new URLSearchParams({ explain: "true", preset: $("preset").value });
    const endpoint = "/v1/extract?" + query;
    if (state.file && html === state.file.text && !url) {
      return { endpoint, init: { method: "POST", headers: { "Content-Type": "text/html" }, body: state.file.bytes }, html, url: null };
    }
    if (html.trim()) {
      return url
        ? { endpoint, init: { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ html, url }) }, html, url }
        : { endpoint, init: { method: "POST", headers: { "Content-Type": "text/html; charset=utf-8" }, body: html }, html, url: null };
    }
    if (url) {
      return { endpoint, init: { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ url }) }, html: null, url };
    }
    return null;
  }

  // The service answers errors as JSON with a status and reason, or problem details; anything else is shown as text.
  // A result with an article (ok, empty) is shown; one without (notHtml, tooLarge, timeout) and an error body
  // (a bad request, a refused or failed fetch, a busy service) go to the status line, with their reason.
  async function readAnswer(response) {
    const body = await response.text();
    let json = null;
    try { json = JSON.parse(body); } catch { /* not JSON */ }
    const shaped = json && typeof json === "object" && typeof json.status === "string";
    if (shaped && (response.ok || json.article)) return json;
    if (shaped) throw new Error(`${json.status}: ${json.reason ?? response.statusText} (HTTP ${response.status})`);
    const detail = json?.detail ?? json?.title ?? body.slice(0, 300);
    throw new Error(`The service answered ${response.status} ${response.statusText}${detail ? ": " + detail : ""}`);
  }

  function pick(index) {
    const entry = state.trace[index];
    if (!entry) return;
    const detail = $("detail");
    detail.querySelector(".detail-stage").textContent = entry.stage;
    detail.querySelector(".detail-what").textContent = entry.what;
    detail.querySelector(".detail-why").textContent = entry.why;
    detail.hidden = false;
    for (const li of $("trace").children) li.classList.toggle("picked", li.dataset.entry === String(index));
    LedeOriginal.focus(state.nodes, index);
  }

  function showTrace(trace, nodes) {
    const list = $("trace");
    list.replaceChildren();
    trace.forEach((entry, i) => {
      const li = document.createElement("li");
      li.dataset.entry = String(i);
      const kind = LedeOriginal.kindOf(entry);
      li.className = "entry " + (kind ? "entry-" + kind : "entry-info") + (LedeOriginal.target(entry) && !nodes[i] ? " missing" : "");
      const stage = document.createElement("span");
      stage.className = "stage";
      stage.textContent = entry.stage;
      const what = document.createElement("span");
      what.className = "what";
      what.textContent = entry.what;
      const why = document.createElement("span");
      why.className = "why";
      why.textContent = entry.why;
      li.append(stage, what, why);
      if (li.classList.contains("missing")) li.title = "Not found in the page as the frame shows it";
      li.addEventListener("click", () => pick(i));
      list.append(li);
    });
    $("trace-count").textContent = String(trace.length);
    const removals = trace.filter(e => LedeOriginal.kindOf(e) === "removed" && LedeOriginal.target(e)).length;
    const marked = nodes.filter((n, i) => n && LedeOriginal.kindOf(trace[i]) === "removed").length;
    $("match-count").textContent = `${marked} of ${removals} removed parts outlined.`;
  }

  async function extract(event) {
    event.preventDefault();
    const req = request();
    if (!req) { setStatus("Give a URL or some HTML first.", true); return; }
    button.disabled = true;
    setStatus("Extracting…");
    try {
      const response = await fetch(req.endpoint, req.init);
      const json = await readAnswer(response);
      state.trace = Array.isArray(json.trace) ? json.trace : [];
      $("result").hidden = false;
      $("detail").hidden = true;
      LedeRender.result($("article"), json);
      const note = $("original-note");
      const frame = $("original");
      if (req.html !== null) {
        frame.hidden = false;
        note.hidden = true;
        state.nodes = await LedeOriginal.show(frame, req.html, req.url, state.trace, pick);
      } else {
        // A URL alone: the service fetched the page, and the browser can't read another site's page itself.
        frame.hidden = true;
        note.hidden = false;
        note.textContent = "The service fetched this page itself, so the original can't be shown here: paste its HTML (with the URL) to see it.";
        state.nodes = state.trace.map(() => null);
      }
      showTrace(state.trace, state.nodes);
      setStatus(json.status === "ok" ? "Done." : `${json.status}: ${json.reason ?? ""}`, json.status !== "ok");
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error), true);
    } finally {
      button.disabled = false;
    }
  }

  form.addEventListener("submit", extract);
  fileInput.addEventListener("change", () => takeFile(fileInput.files?.[0]));
  htmlInput.addEventListener("input", () => { if (state.file && htmlInput.value !== state.file.text) state.file = null; });
  $("detail-close").addEventListener("click", () => { $("detail").hidden = true; });
  // Drop a file anywhere on the page.
  document.addEventListener("dragover", event => { event.preventDefault(); document.body.classList.add("dragging"); });
  document.addEventListener("dragleave", event => { if (!event.relatedTarget) document.body.classList.remove("dragging"); });
  document.addEventListener("drop", event => {
    event.preventDefault();
    document.body.classList.remove("dragging");
    takeFile(event.dataTransfer?.files?.[0]);
  });
})();
