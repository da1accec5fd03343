// Pricing page: one card per plan named in the prompt ("three plans: Starter $9, Pro $29, Enterprise"), with
// its price (or "Custom" when none is given), a feature list that grows tier by tier, and a call to action;
// the middle plan is highlighted. Cards sit in a row on desktop and stack on a phone. Video: the highlighted
// plan lifts and its button pulses.
import { anim } from "../animate";
import { mix, readableOn } from "../color";
import type { Composer } from "../composer";
import { el, n, rect, text, textWidth } from "../svg";
import { button, panel } from "../kinds/ui-parts";
import { clampN, fitText, itemsOf, screen, type Item } from "./parts";

const STOCK: Item[] = [{ name: "Free", value: "$0", amount: 0 }, { name: "Pro", value: "$19", amount: 19 }, { name: "Team", value: "$49", amount: 49 }, { name: "Enterprise" }];
const FEATURES = ["projects", "GB storage", "Email support", "Custom domain", "Analytics", "Priority support", "SSO & audit log", "Dedicated manager"];

export const pricing: Composer = (ctx) => {
  const { pal, plan } = ctx;
  const sc = screen(ctx);
  const { x, y, w, h, fs, mobile } = sc;
  const given = itemsOf(ctx).filter((i) => i.name || i.value);
  const want = plan.counts.plan ?? plan.groups.find((g) => /^(plan|tier|option|package)$/.test(g.noun))?.count;
  const count = clampN(want ?? (given.length || 3), 1, 6, 3);
  const plans = Array.from({ length: count }, (_, i) => given[i] ?? STOCK[Math.min(i + (count <= 2 ? 1 : 0), STOCK.length - 1)]!)
    .map((p, i) => ({ ...p, name: p.name || `Plan ${i + 1}` }));
  const hl = count >= 3 ? 1 : count - 1;
  const title = plan.labels[0] ?? (sc.mobile ? "Choose your plan" : "Simple, transparent pricing");
  const pad = mobile ? fs(20) : Math.max(fs(48), w * 0.05);
  let s = "";
  const headY = y + (mobile ? fs(44) : fs(96));
  s += fitText(x + w / 2, headY, title, mobile ? fs(26) : fs(40), w - pad * 2, pal.text, { "text-anchor": "middle", "font-weight": 800 });
  s += fitText(x + w / 2, headY + (mobile ? fs(28) : fs(40)), "Choose the plan that fits. Cancel anytime.", mobile ? fs(14) : fs(18), w - pad * 2, pal.muted, { "text-anchor": "middle" });
  // Monthly / yearly switch.
  const swW = fs(200), swY = headY + (mobile ? fs(48) : fs(68));
  s += rect(x + w / 2 - swW / 2, swY, swW, fs(36), pal.surface2, { rx: fs(18) }) +
    rect(x + w / 2 - swW / 2 + fs(3), swY + fs(3), swW / 2 - fs(3), fs(30), pal.surface, { rx: fs(15) }) +
    text(x + w / 2 - swW / 4, swY + fs(23), "Monthly", fs(13), pal.text, { "text-anchor": "middle", "font-weight": 600 }) +
    text(x + w / 2 + swW / 4, swY + fs(23), "Yearly -20%", fs(13), pal.muted, { "text-anchor": "middle" });
  const top = swY + fs(60);
  const avail = y + h - top - pad;
  const gap = fs(mobile ? 14 : 24);
  const cols = mobile ? 1 : count;
  const cw = (w - pad * 2 - gap * (cols - 1)) / cols;
  const ch = mobile ? Math.min(fs(300), (avail - gap * (count - 1)) / count) : Math.min(avail, fs(480));
  plans.forEach((p, i) => {
    const cx = x + pad + (mobile ? 0 : i * (cw + gap)), cy = top + (mobile ? i * (ch + gap) : 0);
    if (cy + ch > y + h + 1) return;
    const on = i === hl;
    const fill = on ? pal.primary : pal.surface, fg = on ? readableOn(pal.primary) : pal.text, sub = on ? mix(fg, pal.primary, 0.25) : pal.muted;
    let c = panel(cx, cy, cw, ch, pal, fs(16), on ? { fill, stroke: fill } : {});
    const ip = fs(mobile ? 18 : 26), iw = cw - ip * 2;
    c += fitText(cx + ip, cy + fs(40), p.name, fs(20), iw - (on ? fs(96) : 0), fg, { "font-weight": 700 });
    if (on) c += rect(cx + cw - ip - fs(92), cy + fs(22), fs(92), fs(24), mix(fg, fill, 0.8), { rx: fs(12) }) +
      text(cx + cw - ip - fs(46), cy + fs(38), "Most popular", fs(11), fg, { "text-anchor": "middle", "font-weight": 700 });
    const price = p.value ?? (/enterprise|custom|business|corporate/i.test(p.name) || i === count - 1 && count > 2 ? "Custom" : ["$0", "$19", "$49", "$99"][i] ?? "$99");
    const priceSize = fs(mobile ? 32 : 44);
    c += fitText(cx + ip, cy + fs(mobile ? 86 : 104), price, priceSize, iw * 0.7, fg, { "font-weight": 800 });
    if (price !== "Custom" && !/free/i.test(price)) c += text(cx + ip + Math.min(iw * 0.7, textWidth(price, priceSize) * 1.22) + fs(4), cy + fs(mobile ? 86 : 104), "/mo", fs(15), sub);
    const fy = cy + fs(mobile ? 112 : 140);
    const btnH = fs(mobile ? 38 : 44);
    const rows = Math.max(0, Math.min(i + 4, Math.floor((cy + ch - btnH - fs(30) - fy) / fs(mobile ? 24 : 30))));
    for (let k = 0; k < rows; k++) {
      const f = k === 0 ? `${[3, 10, "Unlimited", "Unlimited", "Unlimited", "Unlimited"][i] ?? "Unlimited"} ${FEATURES[0]}` : k === 1 ? `${[1, 20, 100, 500, 1000, 2000][i] ?? 1000} ${FEATURES[1]}` : FEATURES[k]!;
      const ty = fy + k * fs(mobile ? 24 : 30);
      c += el("path", { d: `M${n(cx + ip)} ${n(ty - fs(5))}l${n(fs(4))} ${n(fs(4))}l${n(fs(8))} ${n(-fs(9))}`, fill: "none", stroke: on ? fg : pal.accents[1]!, "stroke-width": fs(2), "stroke-linecap": "round" }) +
        fitText(cx + ip + fs(22), ty, f, fs(mobile ? 13 : 15), iw - fs(22), fg);
    }
    const label = price === "Custom" ? "Contact sales" : i === hl ? "Start free trial" : "Get started";
    const btn = button(cx + ip, cy + ch - btnH - fs(mobile ? 14 : 24), iw, btnH, label, on ? readableOn(pal.primary) === "#ffffff" ? "#ffffff" : pal.text : pal.surface2, fs(15));
    c += on && ctx.dur ? el("g", {}, btn + anim(ctx, "opacity", [1, 1, 0.7, 1, 1], { keyTimes: [0, 0.5, 0.6, 0.7, 1] })) : btn;
    s += on && ctx.dur ? el("g", {}, c + anim(ctx, "transform", ["0 0", `0 ${n(-fs(10))}`, `0 ${n(-fs(10))}`, "0 0"], { type: "translate", keyTimes: [0, 0.2, 0.8, 1] })) : c;
  });
  const out = sc.finish(s);
  return { ...out, summary: `pricing page "${title}" with ${count} plans: ${plans.map((p) => `${p.name}${p.value ? " " + p.value : ""}`).join(", ")}` };
};
