// Writes the engine's range to a folder: ~30 fixed prompts across every kind and media type, plus an
// index.html that shows them all. Usage: npx tsx scripts/gallery.ts [outdir]   (default: gallery/)
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { render, type EngineRequest } from "@edge-media/engine";
import { TEMPLATE_GALLERY } from "./gallery-templates";
import { artworkFromDisk } from "./artwork-fs";
import { SUBJECT_PROMPTS, subjectSheet } from "./gallery-subjects";

const PROMPTS: EngineRequest[] = [
  { media_type: "image", description: 'Analytics dashboard for "Nimbus" with 4 cards, dark mode' },
  { media_type: "image", description: "Admin dashboard wireframe, pastel, 3 KPI cards" },
  { media_type: "image", description: 'SaaS landing page with hero "Ship media at the edge", "Start free" button and 3 features' },
  { media_type: "image", description: 'Mobile app screen for a habit tracker, "Today", 4 tabs, teal' },
  { media_type: "image", description: 'Login form with "Welcome back" heading and "Sign in" button, brand blue' },
  { media_type: "image", description: "Table of users with 5 columns and 8 rows" },
  { media_type: "image", description: "Bar chart of sales: Jan 12, Feb 19, Mar 7, Apr 25, May 31" },
  { media_type: "image", description: "Line chart of monthly revenue trend with 3 series, 16:9" },
  { media_type: "image", description: "Donut chart of market share: Chrome 65, Safari 19, Edge 5, Firefox 3, Other 8" },
  { media_type: "image", description: "Flowchart steps: plan, build, test, review?, ship" },
  { media_type: "image", description: "Product roadmap timeline milestones: Alpha, Beta, Launch, v2" },
  { media_type: "image", description: "Org chart for a startup with CEO, CTO, CFO" },
  { media_type: "image", description: 'Mind map about "Edge computing", ideas: latency, cost, privacy, caching, security' },
  { media_type: "image", description: "Rocket icon, rounded, vibrant" },
  { media_type: "image", description: "Logo for Acme Robotics, navy and gold" },
  { media_type: "image", description: 'Shield badge "Verified" green' },
  { media_type: "image", description: "Sunset gradient background, 1920x1080" },
  { media_type: "image", description: "Geometric triangle pattern in monochrome" },
  { media_type: "image", description: "Polka dots pattern, coral on cream" },
  { media_type: "image", description: "Grainy noise texture, purple" },
  { media_type: "image", description: "Mountain landscape with snowy peaks" },
  { media_type: "image", description: "Night sky with stars over the hills" },
  { media_type: "image", description: "City skyline at dusk" },
  { media_type: "image", description: "Pine forest, portrait" },
  { media_type: "image", description: "Avatar for Ada Lovelace" },
  { media_type: "image", description: "The feeling of a quiet Sunday morning" },
  { media_type: "video", description: "Bar chart where bars grow, 6 bars, 4 seconds" },
  { media_type: "video", description: "Sunset over the sea, 6 second loop" },
  { media_type: "video", description: "Mobile app screens transition, dark mode" },
  { media_type: "video", description: "Flowchart plan -> build -> ship, 5 seconds" },
  { media_type: "video", description: "Ocean waves pattern rolling, blue" },
  { media_type: "audio", description: "Notification chime, happy" },
  { media_type: "audio", description: "Error buzz" },
  { media_type: "audio", description: "Gentle rain ambience, 8 seconds" },
  { media_type: "audio", description: "Happy jingle at 120 bpm, 6 seconds" },
  { media_type: "audio", description: "Sad piano melody, 8 seconds" },
  { media_type: "audio", description: "Drum loop 96 bpm, 4 seconds" },
  { media_type: "audio", description: "8-bit coin pickup" },
  { media_type: "audio", description: "Laser zap" },
  { media_type: "audio", description: "Sine sweep from 200 Hz to 2000 Hz, 2 seconds" },
  ...TEMPLATE_GALLERY,
];

const outDir = resolve(process.argv[2] ?? "gallery");
mkdirSync(outDir, { recursive: true });
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

let cards = "";
const ALL = [...PROMPTS, ...SUBJECT_PROMPTS];
ALL.forEach((req, i) => {
  let res;
  try {
    res = render(req, { artwork: artworkFromDisk });
  } catch (err) {
    cards += `<figure class="err"><figcaption>${esc(req.description)}<br>${esc(String(err))}</figcaption></figure>`;
    console.error(`FAILED ${req.description}:`, err);
    return;
  }
  const file = `${String(i + 1).padStart(2, "0")}-${res.kind}-${req.media_type}.${res.extension}`;
  writeFileSync(join(outDir, file), res.bytes);
  const media = res.extension === "wav"
    ? `<audio controls src="${file}"></audio>`
    : `<img src="${file}" alt="${esc(req.description)}">`;
  const meta = [req.media_type, res.kind, res.width && `${res.width}×${res.height}`, res.duration_s && `${res.duration_s}s`,
    `${(res.bytes.length / 1024).toFixed(1)} KB`].filter(Boolean).join(" · ");
  cards += `<figure>${media}<figcaption>${esc(req.description)}<small>${esc(meta)}</small></figcaption></figure>\n`;
});

writeFileSync(join(outDir, "index.html"), `<!doctype html><meta charset="utf-8"><title>Free engine gallery</title>
<style>
body{font:14px system-ui,sans-serif;margin:24px;background:#f4f4f5;color:#18181b}
main{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:16px}
figure{margin:0;background:#fff;border-radius:10px;padding:10px;box-shadow:0 1px 3px #0002}
img{width:100%;height:220px;object-fit:contain;background:repeating-conic-gradient(#eee 0 25%,#fff 0 50%) 0 0/16px 16px}
audio{width:100%;margin:90px 0}
figcaption{margin-top:6px}small{display:block;color:#71717a;margin-top:2px}.err{outline:2px solid #dc2626}
</style><h1>Free engine gallery</h1><p><a href="subjects.html">Every subject in the library</a></p><main>
${cards}</main>`);
writeFileSync(join(outDir, "subjects.html"), subjectSheet());
console.log(`wrote ${ALL.length} items and subjects.html to ${outDir}`);
