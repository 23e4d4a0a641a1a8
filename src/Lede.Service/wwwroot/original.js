// Shows the original page in a sandboxed frame and outlines, from the --explain trace, what Lede removed.
// The frame's sandbox has no allow-scripts (the page's own scripts never run) but allow-same-origin, so this
// script can reach its DOM to mark elements; a CSP put in its head stops it from loading anything.
"use strict";

const LedeOriginal = (() => {
  // Trace entries that describe an element: "div.share-bar#tools “Share this story…”" (tag, first class, id,
  // first 60 characters of text) or a block of the body: "paragraph “Related: …”".
  const ELEMENT = /^([a-z][a-z0-9-]*)(?:\.([^\s.#“]+))?(?:#([^\s“]+))?(?: “([\s\S]*)”)?$/;
  const BLOCK_TAGS = {
    paragraph: "p, div, span, li, td",
    heading: "h1, h2, h3, h4, h5, h6",
    list: "ul, ol",
    listitem: "li",
    quote: "blockquote",
    table: "table",
    code: "pre",
    figure: "figure, img",
    line: "p, div, span, li, td, h1, h2, h3, h4, h5, h6",
  };
  // Stages that name a part kept, judged or read rather than removed: they get no "removed" outline.
  const NOT_REMOVALS = new Set(["ReadMetadata", "JudgeKind", "FallbackCascade"]);

  const collapse = s => (s ?? "").replace(/\s+/g, " ").trim();

  function parseWhat(what) {
    const m = ELEMENT.exec(what ?? "");
    if (!m) return null;
    let text = m[4] ?? null, prefix = false;
    if (text !== null && text.endsWith("…")) { text = text.slice(0, -1); prefix = true; }
    return { tag: m[1], cls: m[2] ?? null, id: m[3] ?? null, text, prefix };
  }

  function textMatches(node, want) {
    if (want.text === null) return true;
    const have = collapse(node.textContent);
    const text = collapse(want.text);
    return want.prefix ? have.startsWith(text) : have === text;
  }

  // The elements an entry may name, in document order: by tag, class and id for an element, by text for a block.
  function candidates(doc, want) {
    if (BLOCK_TAGS[want.tag] && !want.cls && !want.id) {
      const all = [...doc.body.querySelectorAll(BLOCK_TAGS[want.tag])].filter(n => textMatches(n, want));
      // The innermost element that holds the text, not every ancestor that starts with it.
      return all.filter(n => !all.some(other => other !== n && n.contains(other)));
    }
    let found;
    try {
      found = [...doc.querySelectorAll(want.tag)];
    } catch {
      return [];
    }
    return found.filter(n =>
      (!want.cls || n.classList.contains(want.cls)) && (!want.id || n.id === want.id) && textMatches(n, want));
  }

  // What an entry asks to outline: its parsed description when it names a removed or kept element that the
  // frame shows (not <head>), else null.
  function target(entry) {
    const want = kindOf(entry) && parseWhat(entry.what);
    return want && !["head", "html", "body", "title"].includes(want.tag) ? want : null;
  }

  function kindOf(entry) {
    if (entry.stage === "FindContentRoot") return entry.why.startsWith("chosen") ? "kept" : null;
    if (NOT_REMOVALS.has(entry.stage)) return null;
    return "removed";
  }

  /**
   * Marks the frame's elements named by the trace. Each entry takes the first matching element not taken by
   * an earlier entry (three identical captions are three elements). Returns, per entry, the element or null.
   */
  function mark(doc, trace) {
    const taken = new Set();
    return trace.map((entry, index) => {
      const want = target(entry);
      if (!want) return null;
      const kind = kindOf(entry);
      // Lede measures text a little differently from the browser (hidden parts, entities): when no element
      // has the text, an element its tag, class and id name alone will do.
      const node = candidates(doc, want).find(n => !taken.has(n))
        ?? (want.cls || want.id ? candidates(doc, { ...want, text: null }).find(n => !taken.has(n)) : undefined);
      if (!node) return null;
      taken.add(node);
      node.classList.add("lede-mark", "lede-" + kind);
      node.setAttribute("data-lede-entry", String(index));
      node.title = `${entry.stage}: ${entry.why}`;
      return node;
    });
  }

  // Style for the marks, inside the frame. Outlines don't move the page's layout.
  const MARK_CSS = `
    .lede-mark { outline-offset: -2px !important; cursor: help !important; }
    .lede-removed { outline: 2px dashed #c0392b !important; background-color: rgba(192, 57, 43, 0.08) !important; }
    .lede-kept { outline: 3px solid #1e8449 !important; }
    .lede-focus { outline-width: 4px !important; outline-style: solid !important; box-shadow: 0 0 0 4px rgba(241, 196, 15, .8) !important; }`;

  // The page as a document for the frame: parsed without running anything, given a CSP that lets it load only
  // inline styles (and, when its address is known, its own images and style sheets), and its refreshes removed.
  function frameSource(html, pageUrl) {
    const doc = new DOMParser().parseFromString(html, "text/html");
    for (const n of doc.querySelectorAll("script, meta[http-equiv], base, iframe, object, embed")) n.remove();
    const head = doc.head;
    const csp = doc.createElement("meta");
    csp.httpEquiv = "Content-Security-Policy";
    const origin = pageUrl ? LedeRender.safeUrl(pageUrl) && new URL(pageUrl).origin : null;
    csp.content = origin
      ? `default-src 'none'; img-src data: ${origin}; style-src 'unsafe-inline' ${origin}; font-src data: ${origin}`
      : "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:";
    head.prepend(csp);
    if (origin) {
      const base = doc.createElement("base");
      base.href = pageUrl;
      csp.after(base);
    }
    const style = doc.createElement("style");
    style.textContent = MARK_CSS;
    head.append(style);
    const doctype = doc.doctype ? "<!DOCTYPE html>" : "";
    return doctype + doc.documentElement.outerHTML;
  }

  /**
   * Loads `html` into the frame, marks the trace's elements, and wires hover and click to `onPick(index)`.
   * Resolves with the per-entry elements once marked.
   */
  function show(frame, html, pageUrl, trace, onPick) {
    return new Promise(resolve => {
      frame.addEventListener("load", () => {
        const doc = frame.contentDocument;
        if (!doc?.body) { resolve([]); return; }
        const nodes = mark(doc, trace);
        // A click in the frame shows the reason instead of following the page's link.
        doc.addEventListener("click", event => {
          const hit = event.target.closest?.("[data-lede-entry]");
          event.preventDefault();
          if (hit) onPick(Number(hit.getAttribute("data-lede-entry")));
        }, true);
        doc.addEventListener("submit", event => event.preventDefault(), true);
        resolve(nodes);
      }, { once: true });
      frame.srcdoc = frameSource(html, pageUrl);
    });
  }

  /** Scrolls the frame to an entry's element and rings it. */
  function focus(nodes, index) {
    for (const n of nodes) n?.classList.remove("lede-focus");
    const node = nodes[index];
    if (!node) return false;
    node.classList.add("lede-focus");
    // Scroll the frame only: scrollIntoView would scroll this page too and hide the form.
    const view = node.ownerDocument.defaultView;
    const top = node.getBoundingClientRect().top + view.scrollY - view.innerHeight / 3;
    view.scrollTo({ top: Math.max(0, top) });
    return true;
  }

  return { show, focus, kindOf, target };
})();
