// Text cards: a quote, title or message set large on a calm background, the words taken literally from the
// prompt (quoted, or after "says"/"typing"), wrapped to fit. Video: the text types itself out letter by
// letter behind a blinking caret, then holds.
import { anim } from "../animate";
import { mix } from "../color";
import type { Composer } from "../composer";
import { rect, text, textWidth } from "../svg";
import { truncate } from "../xml";
import { fitText, wrapLines } from "./parts";

export const textCard: Composer = (ctx) => {
  const { w, h, pal, plan } = ctx;
  const after = plan.text.match(/\b(?:typing|typewriter|types|type out|writes|saying|says|reads|text)\s*:?\s+(?!animation|effect|text\b)(.{2,120}?)(?:[.;]|$)/i)?.[1];
  const quote = /\bquote\b/.test(plan.lower);
  // "says Hello, world": the says-phrase stops at the comma, the text card wants the whole sentence.
  const own = after && plan.labels[0] && after.startsWith(plan.labels[0]) ? after : plan.labels[0] ?? after;
  const words = truncate(own ?? (quote ? "The best way to predict the future is to create it." : "Hello, world"), 160);
  const by = plan.text.match(/\bby\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u)?.[1] ?? (quote && !plan.labels[0] ? "Peter Drucker" : undefined);
  const dark = !/\blight\b/.test(plan.lower) && (plan.dark || /\b(terminal|code|typing|typewriter)\b/.test(plan.lower));
  const bg = plan.background ?? (dark ? "#0f172a" : mix(pal.bg, pal.primary, 0.06));
  const ink = dark ? "#e2e8f0" : pal.text;
  const mono = /\b(terminal|code|typewriter|console)\b/.test(plan.lower) ? "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace" : undefined;
  const padX = w * 0.1;
  // Largest size at which the text fits in 4 lines within the card.
  let size = Math.min(h * 0.16, w * 0.09);
  let lines = wrapLines(words, size, w - padX * 2, 4);
  while (size > 12 && (lines.length * size * 1.25 > h * 0.6 || lines.some((l) => textWidth(l, size) * 1.15 > w - padX * 2) || lines.join(" ").length < words.length)) {
    size *= 0.9;
    lines = wrapLines(words, size, w - padX * 2, 4);
  }
  const lh = size * 1.25, top = h / 2 - ((lines.length - 1) * lh) / 2 + size * 0.35 - (by ? size * 0.4 : 0);
  let s = rect(0, 0, w, h, bg);
  if (quote) s += text(padX * 0.6, top - size * 0.2, "“", size * 2.6, pal.primary, { "font-weight": 800, opacity: 0.35 });
  const total = lines.reduce((a, l) => a + l.length, 0);
  let done = 0;
  const attrs = { "text-anchor": "middle", "font-weight": 700, "font-family": mono };
  lines.forEach((l, i) => {
    const y = top + i * lh;
    if (!ctx.dur) { s += text(w / 2, y, l, size, ink, attrs, w - padX); return; }
    // Typing: a rectangle in the background colour uncovers the line from left to right.
    const lw = Math.min(w - padX, textWidth(l, size) * 1.18), x0 = w / 2 - lw / 2;
    const t0 = 0.05 + (done / total) * 0.65, t1 = 0.05 + ((done + l.length) / total) * 0.65;
    done += l.length;
    s += text(w / 2, y, l, size, ink, attrs, w - padX) +
      rect(x0 - size * 0.2, y - size, lw + size * 0.4, lh, bg, {}, anim(ctx, "x", [x0 - size * 0.2, x0 - size * 0.2, x0 + lw + size * 0.2, x0 + lw + size * 0.2], { keyTimes: [0, t0, t1, 1], calcMode: "linear" })) +
      rect(x0, y - size * 0.85, Math.max(2, size * 0.07), size, pal.primary, { opacity: 0 },
        anim(ctx, "x", [x0, x0, x0 + lw, x0 + lw], { keyTimes: [0, t0, t1, 1], calcMode: "linear" }) +
        anim(ctx, "opacity", [0, 0, 1, 1, 0, 0], { keyTimes: [0, t0, t0 + 0.001, t1, t1 + 0.001, 1].map((t) => Math.min(1, t)), calcMode: "discrete" }));
  });
  if (by) s += fitText(w / 2, top + lines.length * lh + size * 0.3, `— ${by}`, size * 0.45, w - padX * 2, mix(ink, bg, 0.35), { "text-anchor": "middle" });
  if (ctx.dur) s += rect(w / 2 + Math.min(w - padX, textWidth(lines[lines.length - 1]!, size) * 1.18) / 2 + size * 0.1, top + (lines.length - 1) * lh - size * 0.85, Math.max(2, size * 0.07), size, pal.primary, { opacity: 0 },
    anim(ctx, "opacity", [0, 0, 1, 0, 1, 0, 1, 0], { keyTimes: [0, 0.71, 0.75, 0.8, 0.85, 0.9, 0.95, 1], calcMode: "discrete" }));
  return { body: s, summary: `${quote ? "quote" : "text"} card "${words}"${ctx.dur ? " typing itself out" : ""}` };
};
