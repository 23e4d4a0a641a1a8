// Times Mozilla Readability.js (on jsdom) over the pages Lede's `peers` benchmark hands it, one JSON object a
// line ({"html": …, "url": …}). Prints one JSON line: the pages, their UTF-8 bytes and each pass's seconds.
// Usage: node readability-bench.mjs PAGES.jsonl [PASSES]
import { readFileSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const [file, passesArg] = process.argv.slice(2);
const passes = Number(passesArg ?? 2);
const pages = readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
const bytes = pages.reduce((sum, p) => sum + Buffer.byteLength(p.html, "utf8"), 0);
// Pages' own console output and CSS errors are not ours to print.
const quiet = new VirtualConsole();

function pass() {
  let ok = 0;
  for (const page of pages) {
    let dom;
    try {
      dom = new JSDOM(page.html, { url: page.url || "https://example.invalid/", virtualConsole: quiet });
      const article = new Readability(dom.window.document).parse();
      if (article && article.textContent && article.textContent.trim()) ok++;
    } catch {
      // A page Readability or jsdom cannot handle counts as not ok, as a failure would in a batch.
    } finally {
      dom?.window.close();
    }
  }
  return ok;
}

pass(); // warm-up: JIT and first-use costs
const seconds = [];
let ok = 0;
for (let i = 0; i < passes; i++) {
  const start = process.hrtime.bigint();
  ok = pass();
  seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
}
console.log(JSON.stringify({ name: "Readability.js", version: "0.6.0 + jsdom 27", pages: pages.length, bytes, ok, seconds }));
