// Renders Lede's JSON article (docs/json-schema.md) as DOM. Every string from the page goes in through
// textContent or a checked attribute, never as markup: the page is untrusted input.
"use strict";

const LedeRender = (() => {
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // Only web addresses become links or images; javascript:, data: and the like stay text.
  function safeUrl(url) {
    if (typeof url !== "string") return null;
    try {
      const parsed = new URL(url, "http://relative.invalid/");
      if (parsed.host === "relative.invalid") return null; // relative: nothing to resolve it against
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch {
      return null;
    }
  }

  function link(url, text) {
    const href = safeUrl(url);
    if (!href) return el("span", "dead-link", text);
    const a = el("a", null, text);
    a.href = href;
    a.rel = "noopener noreferrer nofollow";
    a.target = "_blank";
    return a;
  }

  // A block's inline runs (links, emphasis, strong, code); its plain text when it has none.
  function inlines(parent, text, runs) {
    if (!Array.isArray(runs) || runs.length === 0) {
      parent.textContent = text ?? "";
      return parent;
    }
    for (const run of runs) {
      let node = document.createTextNode(run.text ?? "");
      if (run.code) { const c = el("code"); c.append(node); node = c; }
      if (run.emphasis) { const e = el("em"); e.append(node); node = e; }
      if (run.strong) { const s = el("strong"); s.append(node); node = s; }
      if (run.link) { const a = link(run.link, ""); a.append(node); node = a; }
      parent.append(node);
    }
    return parent;
  }

  function figure(f) {
    const fig = el("figure", "figure");
    const src = safeUrl(f.src);
    if (src) {
      const img = el("img");
      img.src = src;
      img.alt = f.alt ?? "";
      img.loading = "lazy";
      img.referrerPolicy = "no-referrer";
      fig.append(img);
    } else {
      // A relative address can't be loaded here (it would ask this service): say what it was.
      const box = el("div", "image-placeholder");
      box.append(el("span", "image-alt", f.alt || "(no alt text)"), el("code", "image-src", f.src ?? ""));
      fig.append(box);
    }
    if (f.caption || f.credit) {
      const cap = el("figcaption");
      if (f.caption) cap.append(el("span", "caption", f.caption));
      if (f.credit) cap.append(el("span", "credit", f.credit));
      fig.append(cap);
    }
    return fig;
  }

  function list(block) {
    const node = el(block.ordered ? "ol" : "ul");
    for (const item of block.items ?? []) {
      const li = inlines(el("li"), item.text, item.inlines);
      for (const child of item.children ?? []) li.append(list(child));
      node.append(li);
    }
    return node;
  }

  function table(block) {
    const node = el("table");
    for (const row of block.rows ?? []) {
      const tr = el("tr");
      (row.cells ?? []).forEach((cell, i) => {
        tr.append(inlines(el(row.isHeader ? "th" : "td"), cell, row.cellInlines?.[i]));
      });
      node.append(tr);
    }
    return node;
  }

  function block(b) {
    switch (b.type) {
      case "heading": return inlines(el("h" + Math.min(6, Math.max(3, (b.level ?? 2) + 1))), b.text, b.inlines);
      case "paragraph": return inlines(el("p"), b.text, b.inlines);
      case "list": return list(b);
      case "quote": {
        const q = el("blockquote");
        for (const inner of b.blocks ?? []) q.append(block(inner));
        return q;
      }
      case "table": return table(b);
      case "code": {
        const pre = el("pre");
        const code = el("code", null, b.text);
        if (b.language) code.dataset.language = b.language;
        pre.append(code);
        return pre;
      }
      case "figure": return figure(b.figure ?? {});
      default: return el("p", "unknown-block", b.text ?? "");
    }
  }

  // Dates are only as precise as the page gives them, in the page's own offset: "22 November 2019, 09:14 UTC−05:00",
  // never converted to the reader's time zone (which would change the day of a late story).
  const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
  function dateText(iso) {
    const m = ISO_DATE.exec(iso ?? "");
    if (!m) return iso ?? "";
    const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (Number.isNaN(day.getTime())) return iso;
    let text = day.toLocaleDateString(undefined, { timeZone: "UTC", dateStyle: "long" });
    if (m[4]) text += `, ${m[4]}:${m[5]}`;
    if (m[6]) text += m[6] === "Z" ? " UTC" : " UTC" + m[6].replace("-", "−");
    return text;
  }

  function header(article) {
    const head = el("header", "article-head");
    if (article.siteName) head.append(el("p", "site", article.siteName));
    head.append(el("h3", "title", article.title || "(no headline)"));
    if (article.standfirst) head.append(el("p", "standfirst", article.standfirst));
    const meta = el("p", "byline");
    if (article.authors?.length) meta.append(el("span", "authors", "By " + article.authors.join(", ")));
    if (article.published) {
      const time = el("time", "published", dateText(article.published));
      time.dateTime = article.published;
      time.title = article.published;
      meta.append(time);
    }
    if (meta.childNodes.length) head.append(meta);
    const kind = el("p", "kind", `${article.kind ?? "article"} (${Math.round((article.kindConfidence ?? 0) * 100)}% sure)`);
    head.append(kind);
    return head;
  }

  function section(title, className) {
    const s = el("section", className);
    s.append(el("h4", null, title));
    return s;
  }

  function related(items) {
    const s = section(`Related links (${items.length})`, "related");
    const ul = el("ul");
    for (const r of items) {
      const li = el("li");
      li.append(link(r.url, r.title), el("span", "placement", r.placement));
      ul.append(li);
    }
    s.append(ul);
    return s;
  }

  function quotations(items) {
    const s = section(`Quotations (${items.length})`, "quotations");
    const ol = el("ol");
    for (const q of items) {
      const li = el("li", "quotation");
      li.append(el("q", "quote-text", q.text));
      const who = el("p", "speaker");
      if (q.speaker) {
        who.append(el("span", "speaker-name", q.speaker.name ?? q.speaker.mention));
        if (q.speaker.name && q.speaker.mention !== q.speaker.name) {
          who.append(el("span", "speaker-mention", ` (as “${q.speaker.mention}”)`));
        }
      } else {
        who.append(el("span", "speaker-none", "speaker not given"));
      }
      if (q.cue?.verb) who.append(el("span", "cue", q.cue.verb));
      if (q.addressee) who.append(el("span", "addressee", "to " + q.addressee));
      if (q.medium) who.append(el("span", "medium", q.medium));
      li.append(who);
      ol.append(li);
    }
    s.append(ol);
    return s;
  }

  function people(items) {
    const s = section(`People (${items.length})`, "people");
    const ul = el("ul");
    for (const p of items) {
      const li = el("li", null, p.name);
      const also = (p.mentions ?? []).filter(m => m !== p.name);
      if (also.length) li.append(el("span", "mentions", " — " + also.join(", ")));
      if (p.quotationCount) li.append(el("span", "count", ` · ${p.quotationCount} quoted`));
      ul.append(li);
    }
    s.append(ul);
    return s;
  }

  /** Fills `target` with the article of an extraction result, or with its status and reason. */
  function result(target, json) {
    target.replaceChildren();
    const banner = el("p", "result-status status-" + (json.status ?? "unknown"),
      json.status === "ok" ? "ok" : `${json.status ?? "no status"}: ${json.reason ?? ""}`);
    target.append(banner);
    const article = json.article;
    if (!article) return;
    target.append(header(article));
    const body = el("div", "body");
    for (const b of article.blocks ?? []) body.append(block(b));
    target.append(body);
    if (article.related?.length) target.append(related(article.related));
    if (article.quotations?.length) target.append(quotations(article.quotations));
    if (article.people?.length) target.append(people(article.people));
  }

  return { result, safeUrl };
})();
