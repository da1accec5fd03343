// Form wireframe (login, sign-up, contact, checkout): a centred card with heading, labelled fields, the
// primary button and the usual secondary links; a brand panel beside it on wide canvases.
// Video: the caret blinks in the first field while dots "type" into it, then the button pulses.
import { anim } from "../animate";
import { mix, readableOn } from "../color";
import type { Composer } from "../composer";
import { circle, el, rect, text } from "../svg";
import { pickLabels, titleCase } from "../words";
import { button, fontScale, panel, skeleton } from "./ui-parts";

interface FormSpec { heading: string; fields: string[]; action: string; secondary?: string }

function specFor(lower: string): FormSpec {
  if (/\b(sign ?up|register|registration|create (an )?account)\b/.test(lower))
    return { heading: "Create your account", fields: ["Full name", "Email", "Password"], action: "Sign up", secondary: "Already have an account? Sign in" };
  if (/\b(contact|feedback|support|message)\b/.test(lower))
    return { heading: "Contact us", fields: ["Name", "Email", "Message"], action: "Send message" };
  if (/\b(checkout|payment|card|billing)\b/.test(lower))
    return { heading: "Checkout", fields: ["Name on card", "Card number", "Expiry", "CVC"], action: "Pay now" };
  if (/\b(newsletter|subscribe)\b/.test(lower))
    return { heading: "Join the newsletter", fields: ["Email"], action: "Subscribe" };
  return { heading: "Sign in", fields: ["Email", "Password"], action: "Sign in", secondary: "Forgot password?" };
}

export const form: Composer = (ctx) => {
  const { w, h, pal, plan, rng } = ctx;
  const fs = fontScale(w, h, 1280, 800);
  const spec = specFor(plan.lower);
  const nFields = Math.min(8, Math.max(1, plan.counts.field ?? (plan.list.length || spec.fields.length)));
  const fields = pickLabels(nFields, plan.list, [...spec.fields, "Company", "Phone", "Address", "City", "Notes"]).map(titleCase);
  // Quoted labels: the first reads as the heading, one that looks like an action becomes the button.
  const actionLabel = plan.labels.find((l) => /^(sign|log|create|send|pay|subscribe|continue|submit|join|get|register|next)/i.test(l)) ?? plan.labels[1];
  const heading = plan.labels.find((l) => l !== actionLabel) ?? spec.heading;
  const action = actionLabel ?? spec.action;
  let s = rect(0, 0, w, h, pal.bg);

  // Brand panel on wide canvases.
  const side = w > h * 1.25 ? w * 0.42 : 0;
  if (side) {
    const gid = ctx.id("brand");
    s += el("defs", {}, el("linearGradient", { id: gid, x1: 0, y1: 0, x2: 1, y2: 1 },
      el("stop", { offset: 0, "stop-color": pal.primary }) + el("stop", { offset: 1, "stop-color": mix(pal.accents[1]!, pal.primary, 0.4) })));
    s += rect(0, 0, side, h, `url(#${gid})`);
    for (let i = 0; i < 5; i++) s += circle(rng.range(0, side), rng.range(0, h), rng.range(0.08, 0.25) * h, "#ffffff", { opacity: 0.08 });
    const fg = readableOn(pal.primary);
    s += text(side * 0.1, h * 0.42, plan.name ?? "Acme", fs(36), fg, { "font-weight": 800 }, side * 0.8) +
      text(side * 0.1, h * 0.42 + fs(36), "Everything in one place.", fs(17), fg, { opacity: 0.85 }, side * 0.8);
  }

  const areaX = side, areaW = w - side;
  const fieldH = fs(46), gap = fs(22), labelH = fs(22);
  const textarea = (f: string) => /message|notes|comment/i.test(f);
  const fieldsH = fields.reduce((a, f) => a + labelH + (textarea(f) ? fieldH * 2.4 : fieldH) + gap, 0);
  const cardW = Math.min(fs(440), areaW - fs(48));
  const cardH = Math.min(h - fs(40), fs(120) + fieldsH + fieldH + (spec.secondary ? fs(50) : fs(20)));
  const cx = areaX + (areaW - cardW) / 2, cy = (h - cardH) / 2;
  s += panel(cx, cy, cardW, cardH, pal, fs(16));
  const ix = cx + fs(32), iw = cardW - fs(64);
  s += text(ix, cy + fs(56), heading, fs(26), pal.text, { "font-weight": 800 }, iw);
  s += skeleton(ix, cy + fs(74), iw * 0.7, 1, fs(8), pal, rng);
  let y = cy + fs(110);
  fields.forEach((f, i) => {
    if (y > cy + cardH - fieldH * 2) return;
    const fh = textarea(f) ? fieldH * 2.4 : fieldH;
    s += text(ix, y + fs(14), f, fs(14), pal.text, { "font-weight": 600 }, iw);
    s += rect(ix, y + labelH, iw, fh, pal.dark ? pal.bg : pal.surface, { rx: fs(8), stroke: i === 0 && ctx.dur ? pal.primary : pal.line, "stroke-width": 1.5 });
    if (/password|cvc/i.test(f)) for (let d = 0; d < 8; d++) s += circle(ix + fs(18) + d * fs(14), y + labelH + fh / 2, fs(4), pal.muted);
    else if (i === 0 && ctx.dur) {
      // Typing: dots appear one after another, caret blinks after them.
      for (let d = 0; d < 10; d++) s += circle(ix + fs(18) + d * fs(11), y + labelH + fh / 2, fs(3.5), pal.text, { opacity: 0 },
        anim(ctx, "opacity", [0, 0, 1, 1, 0], { keyTimes: [0, 0.1 + d * 0.04, 0.1 + d * 0.04 + 0.001, 0.92, 1], calcMode: "linear" }));
      s += rect(ix + fs(14), y + labelH + fs(12), fs(2), fh - fs(24), pal.primary, {},
        anim(ctx, "x", [ix + fs(14), ix + fs(14), ix + fs(124), ix + fs(124), ix + fs(14)], { keyTimes: [0, 0.1, 0.5, 0.92, 1], ease: false }) +
        anim(ctx, "opacity", Array.from({ length: 21 }, (_, k) => (k % 2 ? 0 : 1)), { calcMode: "discrete" }));
    } else s += skeleton(ix + fs(16), y + labelH + fh / 2 - fs(4), iw * 0.4, 1, fs(8), pal, rng);
    y += labelH + fh + gap;
  });
  const btn = button(ix, y, iw, fieldH, action, pal.primary, fs(16));
  s += ctx.dur ? el("g", {}, btn + anim(ctx, "opacity", [1, 1, 0.6, 1, 1], { keyTimes: [0, 0.6, 0.66, 0.72, 1] })) : btn;
  if (spec.secondary && y + fieldH + fs(36) < cy + cardH) s += text(cx + cardW / 2, y + fieldH + fs(32), spec.secondary, fs(14), pal.primary, { "text-anchor": "middle", "font-weight": 600 }, iw);
  return { body: s, summary: `${spec.heading.toLowerCase()} form with ${fields.length} fields (${fields.join(", ")}) and a "${action}" button` };
};
