// Settings screen: rows with an icon, a label, a hint and a switch, for the toggles the prompt lists
// ("toggles for dark mode, notifications and location") or common ones; a sidebar of sections on desktop.
// Switches named with "on"/"off" or implied by the prompt (dark mode when it is dark) start that way.
// Video: one switch flips on and off.
import { anim } from "../animate";
import { mix } from "../color";
import type { Composer } from "../composer";
import { el, n, rect, text } from "../svg";
import { titleCase } from "../words";
import { GLYPHS, glyphFor } from "../glyphs";
import { clampN, fitText, iconDot, screen, toggle } from "./parts";

const DEFAULTS = ["Notifications", "Dark mode", "Location services", "Auto-update apps", "Sounds", "Two-factor authentication", "Wi-Fi only downloads", "Show previews"];
const HINTS: Record<string, string> = { notification: "Alerts, badges and sounds", dark: "Easier on the eyes at night", location: "Used for nearby results",
  update: "Install updates automatically", sound: "Play sounds for actions", two: "Extra security at sign in", factor: "Extra security at sign in", wifi: "Save mobile data", preview: "Show message text on lock screen", privacy: "Control who sees your data", email: "Product news and tips" };
const SECTIONS = ["General", "Account", "Notifications", "Privacy", "Appearance", "Billing"];

export const settings: Composer = (ctx) => {
  const { pal, plan, rng } = ctx;
  const sc = screen(ctx);
  const { x, y, w, h, fs, mobile } = sc;
  const named = plan.list.map((t) => titleCase(t.replace(/^(a |an |the )/i, "")));
  const count = clampN(plan.counts.button ?? plan.groups.find((g) => /toggle|switch|setting|option/.test(g.noun))?.count ?? (named.length || 6), 1, 10, 6);
  const rows = Array.from({ length: count }, (_, i) => named[i] ?? DEFAULTS[(i + (named.length ? 2 : 0)) % DEFAULTS.length]!);
  const title = plan.labels[0] ?? "Settings";
  let s = "";
  let cx = x, cw = w;
  if (!mobile) {
    const side = Math.min(fs(260), w * 0.26);
    s += rect(x, y, side, h, pal.surface) + rect(x + side, y, 1, h, pal.line);
    s += fitText(x + fs(28), y + fs(52), title, fs(24), side - fs(40), pal.text, { "font-weight": 800 });
    SECTIONS.forEach((sec, i) => {
      const sy = y + fs(96) + i * fs(44);
      if (sy > y + h - fs(40)) return;
      if (i === 0) s += rect(x + fs(14), sy - fs(26), side - fs(28), fs(38), mix(pal.primary, pal.surface, 0.86), { rx: fs(8) });
      s += text(x + fs(30), sy, sec, fs(15), i === 0 ? pal.primary : pal.text, { "font-weight": i === 0 ? 700 : 500 });
    });
    cx = x + side + fs(48); cw = w - side - fs(96);
    s += fitText(cx, y + fs(60), "General", fs(28), cw, pal.text, { "font-weight": 800 });
  } else {
    cx = x + fs(16); cw = w - fs(32);
    s += fitText(cx, y + fs(40), title, fs(30), cw, pal.text, { "font-weight": 800 });
  }
  const top = y + fs(mobile ? 64 : 92);
  const rowH = fs(mobile ? 64 : 72);
  const fit = Math.max(1, Math.floor((y + h - top - fs(24)) / rowH));
  const shown = rows.slice(0, fit);
  s += rect(cx, top, cw, shown.length * rowH, pal.surface, { rx: fs(14), stroke: pal.line });
  const flip = ctx.dur ? rng.int(0, shown.length - 1) : -1;
  shown.forEach((label, i) => {
    const ry = top + i * rowH;
    const low = label.toLowerCase();
    const explicit = new RegExp(`${escapeRe(low)}\\s+(on|off|enabled|disabled)`).exec(plan.lower);
    const on = explicit ? /on|enabled/.test(explicit[1]!) : /dark/.test(low) ? plan.dark : rng.chance(0.6);
    if (i) s += rect(cx + fs(64), ry, cw - fs(64), 1, pal.line);
    const g = GLYPHS[glyphFor(low) ?? (/dark|night/.test(low) ? "moon" : /location|gps/.test(low) ? "globe" : /sound|volume/.test(low) ? "music" : /auth|password|security/.test(low) ? "lock" : /update|sync/.test(low) ? "cloud" : "gear")]!;
    s += iconDot(cx + fs(34), ry + rowH / 2, fs(16), pal.accents[(i + 1) % pal.accents.length]!, g.d);
    const hintKey = Object.keys(HINTS).find((k) => low.includes(k));
    s += fitText(cx + fs(64), ry + rowH / 2 - (hintKey ? fs(3) : -fs(5)), label, fs(16), cw - fs(150), pal.text, { "font-weight": 600 });
    if (hintKey) s += fitText(cx + fs(64), ry + rowH / 2 + fs(17), HINTS[hintKey]!, fs(13), cw - fs(150), pal.muted);
    const tw = fs(50), tx = cx + cw - tw - fs(18), ty = ry + rowH / 2 - tw * 0.29;
    if (i === flip) {
      const knobX = (v: boolean) => n(v ? tx + tw - tw * 0.29 : tx + tw * 0.29);
      const fill = (v: boolean) => (v ? pal.primary : pal.surface2);
      s += el("g", {}, rect(tx, ty, tw, tw * 0.58, fill(on), { rx: tw * 0.29 },
        anim(ctx, "fill", [fill(on), fill(on), fill(!on), fill(!on), fill(on), fill(on)], { keyTimes: [0, 0.3, 0.35, 0.8, 0.85, 1], calcMode: "discrete" })) +
        el("circle", { cx: knobX(on), cy: n(ty + tw * 0.29), r: n(tw * 0.23), fill: "#ffffff" },
          anim(ctx, "cx", [knobX(on), knobX(on), knobX(!on), knobX(!on), knobX(on), knobX(on)], { keyTimes: [0, 0.3, 0.38, 0.8, 0.88, 1] })));
    } else s += toggle(tx, ty, tw, on, pal.primary, pal.surface2);
  });
  const out = sc.finish(s);
  return { ...out, summary: `settings screen with ${shown.length} toggles: ${shown.join(", ")}` };
};

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
