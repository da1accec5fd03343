// E-commerce listing: a store header with search and cart, category chips, and a grid of product cards
// (picture, name, price, rating) for the products the prompt lists ("Sneakers $89, Boots $120") or its
// category ("online shop selling sneakers"), as many as it asks for. Filters sidebar on desktop.
// Video: the cart badge bumps as an item is added.
import { anim } from "../animate";
import { readableOn } from "../color";
import type { Composer } from "../composer";
import { circle, el, n, rect, text } from "../svg";
import { titleCase } from "../words";
import { clampN, fitText, itemsOf, screen, sym as glyph, topicOf } from "./parts";
import { productArt } from "./product-art";

const ADJ = ["Classic", "Everyday", "Premium", "Eco", "Urban", "Pro", "Lite", "Studio", "Vintage", "Signature"];
const DROP = /^(e-?commerce|online|shop|store|page|app|site|screen|grid|listing|product|products|catalog(ue)?|with|mobile|desktop|web|website|a|an|the|selling|sells|for|my|our|\d+|items?|cards?)$/;

export const shop: Composer = (ctx) => {
  const { pal, plan, rng } = ctx;
  const sc = screen(ctx);
  const { x, y, w, h, fs, mobile } = sc;
  const category = topicOf(plan.lower, DROP) ?? "Products";
  const singularCat = category.replace(/ies$/, "y").replace(/([^s])s$/, "$1");
  const given = itemsOf(ctx).filter((i) => i.name);
  const want = plan.groups.find((g) => /product|item|card|listing/.test(g.noun))?.count ?? plan.counts.item ?? plan.counts.card;
  const count = clampN(want ?? (given.length || (mobile ? 6 : 8)), 1, 24, 8);
  const products = Array.from({ length: count }, (_, i) => given[i] ?? { name: `${ADJ[(i * 3 + rng.int(0, 9)) % ADJ.length]} ${singularCat}`, value: `$${rng.int(2, 19) * 10 - 1}` });
  const brand = plan.name ?? plan.labels[0] ?? "Shopfront";
  const pad = fs(mobile ? 16 : 32);
  let s = "";
  // Header.
  const headH = fs(mobile ? 56 : 72);
  s += rect(x, y, w, headH, pal.surface) + rect(x, y + headH, w, 1, pal.line) +
    fitText(x + pad, y + headH / 2 + fs(7), brand, fs(mobile ? 20 : 22), w * 0.3, pal.text, { "font-weight": 800 });
  if (!mobile) s += rect(x + w * 0.3, y + fs(18), w * 0.4, fs(36), pal.surface2, { rx: fs(18) }) + text(x + w * 0.3 + fs(20), y + fs(41), `Search ${category.toLowerCase()}`, fs(14), pal.muted, {}, w * 0.36);
  const cartX = x + w - pad - fs(14), cartY = y + headH / 2;
  s += glyph("cart", cartX, cartY, fs(26), pal.text, 1.8);
  const badge = el("g", {}, circle(cartX + fs(11), cartY - fs(11), fs(9), pal.accents[1]!) + text(cartX + fs(11), cartY - fs(7.5), "2", fs(11), readableOn(pal.accents[1]!), { "text-anchor": "middle", "font-weight": 700 }) +
    anim(ctx, "transform", ["0 0", "0 0", `0 ${n(-fs(6))}`, "0 0", "0 0"], { type: "translate", keyTimes: [0, 0.5, 0.55, 0.6, 1] }));
  s += badge;
  let gx = x + pad, gw = w - pad * 2, gy = y + headH + fs(mobile ? 16 : 28);
  if (!mobile) {
    // Filters.
    const side = Math.min(fs(220), w * 0.2);
    s += text(gx, gy + fs(20), "Filters", fs(16), pal.text, { "font-weight": 800 });
    ["Category", "Price", "Size", "Colour", "Rating"].forEach((f, i) => {
      const fy = gy + fs(56) + i * fs(64);
      if (fy > y + h - fs(40)) return;
      s += text(gx, fy, f, fs(14), pal.text, { "font-weight": 600 }) + rect(gx, fy + fs(12), side - fs(24), fs(6), pal.surface2, { rx: fs(3) }) +
        rect(gx, fy + fs(12), (side - fs(24)) * rng.range(0.3, 0.8), fs(6), pal.primary, { rx: fs(3), opacity: 0.7 });
    });
    gx += side + fs(8); gw -= side + fs(8);
  }
  s += fitText(gx, gy + fs(20), category, fs(mobile ? 22 : 26), gw * 0.6, pal.text, { "font-weight": 800 }) +
    text(gx + gw, gy + fs(20), `${count} items`, fs(13), pal.muted, { "text-anchor": "end" });
  gy += fs(mobile ? 44 : 52);
  const cols = mobile ? 2 : w > fs(1100) ? 4 : 3;
  const gap = fs(mobile ? 12 : 20);
  const cw = (gw - gap * (cols - 1)) / cols, chh = cw * 0.9 + fs(86);
  products.forEach((p, i) => {
    const c = i % cols, r = Math.floor(i / cols);
    const px = gx + c * (cw + gap), py = gy + r * (chh + gap);
    if (py + chh > y + h || cw < 4) return;
    const tint = pal.accents[i % pal.accents.length]!;
    s += productArt(px, py, cw, cw * 0.9, tint, pal.surface, `${p.name} ${category}`.toLowerCase(), fs(12)) +
      circle(px + cw - fs(18), py + fs(18), fs(13), pal.surface) + glyph("heart", px + cw - fs(18), py + fs(18), fs(14), i % 3 === 0 ? "#ef4444" : pal.muted, 2) +
      fitText(px, py + cw * 0.9 + fs(26), p.name, fs(15), cw, pal.text, { "font-weight": 600 }) +
      text(px, py + cw * 0.9 + fs(50), p.value ?? `$${49 + i * 10}`, fs(16), pal.text, { "font-weight": 800 }) +
      text(px + cw, py + cw * 0.9 + fs(50), `★ ${(4 + rng.range(0, 0.9)).toFixed(1)}`, fs(13), "#f59e0b", { "text-anchor": "end", "font-weight": 600 });
  });
  const out = sc.finish(s);
  return { ...out, summary: `online shop "${brand}" listing ${count} ${category.toLowerCase()}: ${products.slice(0, 4).map((p) => p.name).join(", ")}` };
};
