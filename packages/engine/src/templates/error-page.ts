// Error pages: 404 (not found), 500/503 (server error, maintenance), 403 (forbidden), with the site's nav,
// a large code, the message (the prompt's quoted words first), a short explanation and a way back. A phone
// when the prompt says app/mobile. Video: the code's zero bobs.
import { anim } from "../animate";
import { mix, readableOn } from "../color";
import type { Composer } from "../composer";
import { circle, n, rect } from "../svg";
import { fitBlock, fitText, paragraph, screen, sym, titleBlock, topicOf } from "./parts";

const CODES: Record<string, [string, string]> = {
  "404": ["Page not found", "The page you are looking for was moved, removed, or never existed. Check the address or head back home."],
  "500": ["Something went wrong", "Our server hit an unexpected error. We have been notified and are looking into it. Please try again in a minute."],
  "503": ["Down for maintenance", "We are making a few improvements and will be back shortly. Thanks for your patience."],
  "403": ["Access denied", "You do not have permission to view this page. Try signing in with another account."],
};

export const errorPage: Composer = (ctx) => {
  const { pal, plan } = ctx;
  const l = plan.lower;
  const code = l.match(/\b(404|500|502|503|403|401|410)\b/)?.[1] ?? (/\b(server|internal|crash|went wrong)\b/.test(l) ? "500" : /\bmaintenance\b/.test(l) ? "503" : /\b(forbidden|denied|unauthori[sz]ed)\b/.test(l) ? "403" : "404");
  const [head, body] = CODES[code] ?? CODES[code.startsWith("5") ? "500" : "403"]!;
  const site = plan.name ?? topicOf(l, /^(my|a|an|the|page|error|screen|404|500|site|website|app|not|found)$/) ?? "Acme";
  const sc = screen(ctx);
  const { x, y, w, h, fs } = sc;
  let s = "";
  // Nav bar.
  const nh = fs(sc.mobile ? 56 : 72);
  s += rect(x, y, w, nh, pal.surface) + rect(x, y + nh, w, Math.max(1, fs(1)), pal.line) + circle(x + fs(36), y + nh / 2, fs(13), pal.primary) +
    fitText(x + fs(58), y + nh / 2 + fs(7), site, fs(20), w * (sc.mobile ? 0.6 : 0.3), pal.text, { "font-weight": 800 });
  if (!sc.mobile) ["Home", "Blog", "About", "Contact"].forEach((t, i) => { s += fitText(x + w - fs(420) + i * fs(100), y + nh / 2 + fs(6), t, fs(16), fs(90), pal.muted, { "font-weight": 500 }); });
  // The code: big digits with the middle one as a ring that bobs.
  const cy = y + nh + (h - nh) * (sc.mobile ? 0.3 : 0.33), size = Math.min(w * (sc.mobile ? 0.3 : 0.17), (h - nh) * 0.28);
  const cx = x + w / 2, gap = size * 0.78;
  const tint = mix(pal.primary, pal.bg, 0.3);
  s += fitText(cx - gap, cy + size * 0.36, code[0]!, size, size, tint, { "text-anchor": "middle", "font-weight": 900 }) +
    fitText(cx + gap, cy + size * 0.36, code[2]!, size, size, tint, { "text-anchor": "middle", "font-weight": 900 });
  const bob = anim(ctx, "transform", ["0 0", `0 ${n(-size * 0.08)}`, "0 0"], { type: "translate" });
  const mid = code[1] === "0" ? circle(cx, cy, size * 0.33, "none", { stroke: pal.primary, "stroke-width": n(size * 0.13) }) + sym(code === "404" ? "search" : code.startsWith("5") ? "bolt" : "lock", cx, cy, size * 0.3, pal.primary, 2.4)
    : fitText(cx, cy + size * 0.36, code[1]!, size, size, tint, { "text-anchor": "middle", "font-weight": 900 });
  s += bob ? `<g>${mid}${bob}</g>` : mid;
  const tw = Math.min(w * 0.86, fs(640));
  const title = plan.labels[0] ?? head;
  const blk = fitBlock(title, fs(sc.mobile ? 30 : 44), fs(20), tw, 2, fs(110));
  const ty = cy + size * 0.8 + blk.size;
  const [tb, th] = titleBlock(cx, ty, blk, tw, pal.text, { "text-anchor": "middle" });
  s += tb;
  const [pb, ph] = paragraph(cx, ty + th + fs(14), plan.labels[1] ?? body, fs(17), tw, sc.mobile ? 5 : 3, pal.muted, { "text-anchor": "middle" });
  s += pb;
  const by = ty + th + ph + fs(34), bw = fs(sc.mobile ? 150 : 170), bh = fs(50);
  s += rect(cx - bw - fs(8), by, bw, bh, pal.primary, { rx: fs(10) }) + fitText(cx - bw / 2 - fs(8), by + bh / 2 + fs(6), "Go home", fs(17), bw - fs(20), readableOn(pal.primary), { "text-anchor": "middle", "font-weight": 700 }) +
    rect(cx + fs(8), by, bw, bh, "none", { rx: fs(10), stroke: pal.line, "stroke-width": n(fs(1.5)) }) + fitText(cx + bw / 2 + fs(8), by + bh / 2 + fs(6), code.startsWith("5") ? "Try again" : "Contact us", fs(17), bw - fs(20), pal.text, { "text-anchor": "middle", "font-weight": 600 });
  const f = sc.finish(s);
  return { body: f.body, defs: f.defs, summary: `${code} error page: ${title}` };
};
