// Product page: gallery with thumbnails, breadcrumb, the product's name and price from the prompt
// ("product page for wireless headphones at $199"), rating, colour swatches (the prompt's colours), size
// chips, quantity and "Add to cart", and a short description. Stacks on a phone.
// Video: the main picture cycles through the swatch colours.
import { anim } from "../animate";
import { mix } from "../color";
import type { Composer } from "../composer";
import { circle, el, rect, text } from "../svg";
import { button, skeleton } from "../kinds/ui-parts";
import { fitText, itemsOf, screen, topicOf } from "./parts";
import { productArt } from "./product-art";

const DROP = /^(product|page|detail|details|card|showcase|for|a|an|the|with|mobile|desktop|app|screen|pdp|item|listing|our|new|dark|mode|at|\d+)$/;

export const productPage: Composer = (ctx) => {
  const { pal, plan, rng } = ctx;
  const sc = screen(ctx);
  const { x, y, w, h, fs, mobile } = sc;
  const name = plan.labels[0] ?? plan.name ?? topicOf(plan.lower.replace(/\$\s?\d+(\.\d+)?/g, " "), DROP) ?? "Everyday Backpack";
  const priceM = plan.text.match(/([$€£])\s?(\d+(?:[.,]\d{1,2})?)|(\d+(?:[.,]\d{1,2})?)\s?([$€£]|dollars|euros)/);
  const price = priceM ? (priceM[1] ? `${priceM[1]}${priceM[2]}` : `${/euro|€/.test(priceM[4]!) ? "€" : /£/.test(priceM[4]!) ? "£" : "$"}${priceM[3]}`) : `$${rng.int(3, 30) * 10 - 1}`;
  const swatches = (plan.colors.length ? plan.colors : [pal.primary, pal.accents[1]!, pal.accents[2]!, "#1f2937"]).slice(0, 5);
  const sizes = itemsOf(ctx).length && /\bsizes?\b/.test(plan.lower) ? itemsOf(ctx).map((i) => i.name || i.value || "") : /\b(shoe|sneaker|boot)s?\b/.test(plan.lower) ? ["39", "40", "41", "42", "43"] : /\b(shirt|hoodie|dress|jacket|t-shirt|tee|sweater|jeans)s?\b/.test(plan.lower) ? ["XS", "S", "M", "L", "XL"] : [];
  const pad = fs(mobile ? 16 : 48);
  let s = "";
  // Top bar.
  s += fitText(x + pad, y + fs(mobile ? 30 : 44), plan.name && plan.name !== name ? plan.name : "Store", fs(20), w * 0.3, pal.text, { "font-weight": 800 });
  if (!mobile) ["New", "Men", "Women", "Sale"].forEach((l, i) => { s += text(x + w * 0.4 + i * fs(80), y + fs(44), l, fs(15), pal.muted); });
  const top = y + fs(mobile ? 52 : 84);
  const galW = mobile ? w - pad * 2 : (w - pad * 3) * 0.52;
  const galH = mobile ? Math.min(galW, h * 0.42) : y + h - top - pad - fs(90);
  const art = productArt(x + pad, top, galW, galH, swatches[0]!, pal.surface, name.toLowerCase(), fs(18));
  const cycle = ctx.dur && swatches.length > 1
    ? el("g", {}, swatches.slice(1).map((c, i) => el("g", { opacity: 0 }, productArt(x + pad, top, galW, galH, c, pal.surface, name.toLowerCase(), fs(18)) +
      anim(ctx, "opacity", [0, 0, 1, 1, 0, 0], { keyTimes: [0, (i + 1) / swatches.length, (i + 1) / swatches.length + 0.02, (i + 2) / swatches.length - 0.02, (i + 2) / swatches.length, 1].map((t) => Math.min(1, t)), calcMode: "linear" }))).join(""))
    : "";
  s += art + cycle;
  if (!mobile) for (let i = 0; i < 4; i++) {
    const tw = (galW - fs(36)) / 4;
    s += rect(x + pad + i * (tw + fs(12)), top + galH + fs(16), tw, fs(70), mix(swatches[i % swatches.length]!, pal.surface, 0.75), { rx: fs(10), stroke: i === 0 ? pal.primary : pal.line, "stroke-width": i === 0 ? 2 : 1 });
  }
  // Details column.
  const dx = mobile ? x + pad : x + pad * 2 + galW, dw = mobile ? w - pad * 2 : w - galW - pad * 3;
  let dy = mobile ? top + galH + fs(34) : top + fs(20);
  if (!mobile) { s += text(dx, dy, `Home / Shop / ${name}`, fs(13), pal.muted, {}, dw); dy += fs(44); }
  s += fitText(dx, dy, name, fs(mobile ? 24 : 36), dw, pal.text, { "font-weight": 800 });
  dy += fs(mobile ? 30 : 40);
  s += text(dx, dy, "★★★★★", fs(16), "#f59e0b") + text(dx + fs(92), dy, `${(4 + rng.range(0.2, 0.9)).toFixed(1)} · ${rng.int(40, 900)} reviews`, fs(13), pal.muted);
  dy += fs(mobile ? 40 : 52);
  s += text(dx, dy, price, fs(mobile ? 26 : 32), pal.text, { "font-weight": 800 });
  dy += fs(mobile ? 30 : 44);
  s += text(dx, dy, "Colour", fs(14), pal.text, { "font-weight": 600 });
  swatches.forEach((c, i) => { s += circle(dx + fs(16) + i * fs(42), dy + fs(28), fs(15), c, { stroke: i === 0 ? pal.text : pal.line, "stroke-width": i === 0 ? 2 : 1 }); });
  dy += fs(mobile ? 64 : 76);
  if (sizes.length) {
    s += text(dx, dy, "Size", fs(14), pal.text, { "font-weight": 600 });
    sizes.slice(0, 6).forEach((z, i) => {
      const zw = Math.min(fs(56), (dw - fs(40)) / 6);
      s += rect(dx + i * (zw + fs(8)), dy + fs(12), zw, fs(40), i === 2 ? pal.text : pal.surface, { rx: fs(8), stroke: pal.line }) +
        text(dx + i * (zw + fs(8)) + zw / 2, dy + fs(37), z, fs(14), i === 2 ? pal.bg : pal.text, { "text-anchor": "middle", "font-weight": 600 }, zw - fs(6));
    });
    dy += fs(mobile ? 72 : 84);
  }
  const bh = fs(mobile ? 48 : 54);
  s += button(dx, dy, mobile ? dw : Math.min(dw, fs(320)), bh, plan.labels[1] ?? "Add to cart", pal.primary, fs(16));
  dy += bh + fs(30);
  if (dy + fs(40) < y + h) {
    s += text(dx, dy, "Description", fs(15), pal.text, { "font-weight": 700 });
    s += skeleton(dx, dy + fs(18), dw, Math.max(1, Math.min(4, Math.floor((y + h - dy - fs(30)) / fs(16)))), fs(7), pal, rng);
  }
  const out = sc.finish(s);
  return { ...out, summary: `product page for ${name} at ${price}` };
};
