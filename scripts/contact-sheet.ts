// One page of thumbnails of every picture in a gallery folder (run `npm run gallery` first), screenshotted
// in Chromium: the contact sheet the engine's README shows. Videos are captured mid-loop.
// Usage: npx tsx scripts/contact-sheet.ts [galleryDir] [out.png]   (defaults: gallery/, packages/engine/docs/contact-sheet.png)
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const dir = resolve(process.argv[2] ?? "gallery");
const out = resolve(process.argv[3] ?? "packages/engine/docs/contact-sheet.png");
const files = readdirSync(dir).filter((f) => f.endsWith(".svg")).sort();
const COLS = 10, CELL_W = 200, CELL_H = 150, GAP = 6, LABEL = 14;
const rows = Math.ceil(files.length / COLS);
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
const cells = files.map((f) => {
  const name = f.replace(/^\d+-/, "").replace(/\.svg$/, "").replace(/-(image|video)$/, (_, m: string) => (m === "video" ? " ▶" : ""));
  return `<figure><img src="${esc(pathToFileURL(join(dir, f)).href)}"><figcaption>${esc(name)}</figcaption></figure>`;
}).join("");
const html = `<!doctype html><meta charset="utf-8"><style>
body{margin:0;padding:${GAP}px;background:#e4e4e7;font:11px system-ui,sans-serif;display:grid;grid-template-columns:repeat(${COLS},${CELL_W}px);gap:${GAP}px}
figure{margin:0;background:#fff;border-radius:4px;overflow:hidden}img{display:block;width:${CELL_W}px;height:${CELL_H}px;object-fit:contain;background:#fafafa}
figcaption{height:${LABEL}px;line-height:${LABEL}px;padding:0 4px;color:#3f3f46;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
</style>${cells}`;
const page = join(dir, "contact-sheet.html");
writeFileSync(page, html);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const tab = await browser.newPage({ viewport: { width: COLS * (CELL_W + GAP) + GAP, height: rows * (CELL_H + LABEL + GAP) + GAP } });
  await tab.goto(pathToFileURL(page).href);
  await tab.waitForLoadState("load");
  await tab.waitForTimeout(1200); // let animated SVGs reach mid-loop
  mkdirSync(dirname(out), { recursive: true });
  await tab.screenshot({ path: out, fullPage: true });
  console.log(`contact sheet of ${files.length} pictures: ${out}`);
} finally {
  await browser.close();
}
