// Weather: the place, condition and temperature the prompt gives ("weather app for Oslo, snowy, -3°C"),
// drawn as a big condition symbol over a sky coloured by the condition, with hourly and 5-day forecasts.
// Video: the sun's rays turn, rain and snow fall, clouds drift, lightning flashes.
import { anim } from "../animate";
import type { Composer } from "../composer";
import { circle, el, n, rect, text } from "../svg";
import { fitText, screen } from "./parts";

type Cond = "sunny" | "partly" | "cloudy" | "rain" | "storm" | "snow" | "fog" | "wind" | "clear-night";
const COND_WORDS: [Cond, RegExp][] = [
  ["storm", /\b(thunder(storm)?s?|storms?|stormy|lightning)\b/], ["snow", /\b(snow(y|ing|fall)?|blizzard|sleet|flurr(y|ies))\b/],
  ["rain", /\b(rain(y|ing)?|showers?|drizzle|wet)\b/], ["fog", /\b(fog(gy)?|mist(y)?|haze|hazy)\b/], ["wind", /\b(wind(y)?|breezy|gusts?)\b/],
  ["partly", /\b(partly( cloudy| sunny)?|mostly sunny|some clouds|sun and clouds)\b/], ["cloudy", /\b(cloud(y|s)|overcast|grey|gray)\b/],
  ["clear-night", /\b(clear night|night|tonight)\b/], ["sunny", /\b(sunny|sun|clear|hot|warm|heat ?wave)\b/],
];
const LABEL: Record<Cond, string> = { sunny: "Sunny", partly: "Partly cloudy", cloudy: "Cloudy", rain: "Rain", storm: "Thunderstorm", snow: "Snow", fog: "Fog", wind: "Windy", "clear-night": "Clear" };
const SKY: Record<Cond, [string, string]> = { sunny: ["#38bdf8", "#0ea5e9"], partly: ["#60a5fa", "#93c5fd"], cloudy: ["#94a3b8", "#64748b"], rain: ["#475569", "#64748b"],
  storm: ["#1e293b", "#475569"], snow: ["#bfdbfe", "#93c5fd"], fog: ["#cbd5e1", "#94a3b8"], wind: ["#7dd3fc", "#38bdf8"], "clear-night": ["#0f172a", "#312e81"] };
const CITIES = ["San Francisco", "London", "Tokyo", "Berlin", "Lisbon", "Toronto", "Sydney", "Oslo"];

export const weather: Composer = (ctx) => {
  const { plan, rng } = ctx;
  const sc = screen(ctx);
  const { x, y, w, h, fs, mobile } = sc;
  const cond = COND_WORDS.find(([, re]) => re.test(plan.lower.replace(/\bweather\b/g, "")))?.[0] ?? "partly";
  const tm = plan.lower.match(/(-?\d{1,3})\s*(?:°|º|degrees?|deg\b)\s*([cf])?/) ?? plan.lower.match(/(-?\d{1,3})\s*([cf])\b/);
  const unit = tm?.[2] === "f" || /\bfahrenheit\b/.test(plan.lower) ? "F" : "C";
  const base = cond === "snow" ? -2 : cond === "sunny" ? 27 : cond === "rain" || cond === "storm" ? 12 : 18;
  const temp = tm ? +tm[1]! : unit === "F" ? Math.round(base * 1.8 + 32) : base;
  const place = placeOf(plan.text) ?? plan.labels[0] ?? CITIES[rng.int(0, CITIES.length - 1)]!;
  const [c0, c1] = SKY[cond];
  const gid = ctx.id("sky");
  const defs = el("linearGradient", { id: gid, x1: 0, y1: 0, x2: 0, y2: 1 }, el("stop", { offset: 0, "stop-color": c0 }) + el("stop", { offset: 1, "stop-color": c1 }));
  const fg = "#ffffff";
  let s = rect(x, y - (mobile ? fs(48) : 0), w, h + (mobile ? fs(48) : 0), `url(#${gid})`);
  const pad = fs(mobile ? 24 : 56);
  const iconR = mobile ? Math.min(w * 0.2, fs(80)) : Math.min(h * 0.16, fs(110));
  const icx = mobile ? x + w / 2 : x + w * 0.72, icy = y + (mobile ? fs(130) : h * 0.3);
  s += symbol(ctx, cond, icx, icy, iconR, fs);
  const tx = mobile ? x + w / 2 : x + pad, anchor = mobile ? "middle" : "start";
  const ty = mobile ? icy + iconR + fs(40) : y + fs(90);
  s += fitText(tx, ty, place, fs(mobile ? 28 : 36), mobile ? w - pad * 2 : w * 0.5, fg, { "text-anchor": anchor, "font-weight": 700 }) +
    text(tx, ty + fs(mobile ? 90 : 130), `${temp}°`, fs(mobile ? 88 : 128), fg, { "text-anchor": anchor, "font-weight": 300 }) +
    text(tx, ty + fs(mobile ? 122 : 170), LABEL[cond], fs(mobile ? 18 : 24), fg, { "text-anchor": anchor, "font-weight": 600, opacity: 0.9 }) +
    text(tx, ty + fs(mobile ? 146 : 200), `H:${temp + 4}°  L:${temp - 5}°`, fs(mobile ? 15 : 18), fg, { "text-anchor": anchor, opacity: 0.85 });
  // Hourly strip.
  const hy = mobile ? ty + fs(176) : y + h * 0.62;
  const hw = w - pad * 2, hours = mobile ? 6 : 10;
  s += rect(x + pad, hy, hw, fs(116), "#ffffff", { opacity: 0.16, rx: fs(18) });
  for (let i = 0; i < hours; i++) {
    const hx = x + pad + (hw / hours) * (i + 0.5);
    const t = temp + Math.round(Math.sin((i / hours) * Math.PI) * 3) - (i > hours * 0.7 ? 2 : 0);
    s += text(hx, hy + fs(28), i === 0 ? "Now" : `${(9 + i * (mobile ? 2 : 1)) % 24}h`, fs(13), fg, { "text-anchor": "middle", opacity: 0.85 }) +
      miniSymbol(cond, hx, hy + fs(58), fs(12)) + text(hx, hy + fs(98), `${t}°`, fs(16), fg, { "text-anchor": "middle", "font-weight": 600 });
  }
  // Days.
  const dy = hy + fs(134);
  const days = ["Today", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  const rowsFit = Math.max(0, Math.floor((y + h - dy - fs(20)) / fs(40)));
  if (rowsFit > 0) {
    s += rect(x + pad, dy, hw, Math.min(5, rowsFit) * fs(40) + fs(12), "#ffffff", { opacity: 0.16, rx: fs(18) });
    for (let i = 0; i < Math.min(5, rowsFit); i++) {
      const ry = dy + fs(32) + i * fs(40);
      const lo = temp - 5 + rng.int(-2, 1), hi = temp + 3 + rng.int(-1, 2);
      s += text(x + pad + fs(20), ry, days[i]!, fs(15), fg, { "font-weight": 600 }) + miniSymbol(i === 0 ? cond : rng.pick(["sunny", "partly", "cloudy", "rain"] as Cond[]), x + pad + hw * 0.32, ry - fs(5), fs(10)) +
        text(x + pad + hw * 0.45, ry, `${lo}°`, fs(15), fg, { opacity: 0.7 }) + rect(x + pad + hw * 0.55, ry - fs(6), hw * 0.28, fs(5), "#ffffff", { rx: fs(2.5), opacity: 0.3 }) +
        rect(x + pad + hw * 0.55 + hw * 0.06, ry - fs(6), hw * 0.16, fs(5), "#fde68a", { rx: fs(2.5) }) + text(x + pad + hw - fs(20), ry, `${hi}°`, fs(15), fg, { "text-anchor": "end", "font-weight": 600 });
    }
  }
  const out = sc.finish(s);
  return { body: out.body, defs: defs + out.defs, summary: `weather for ${place}: ${LABEL[cond].toLowerCase()}, ${temp}°${unit}` };
};

/** "in Paris", "for New York": a capitalised place after in/for/at. */
function placeOf(text: string): string | undefined {
  const m = text.match(/\b(?:in|for|at)\s+((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})/u);
  return m?.[1];
}

function cloud(cx: number, cy: number, r: number, fill: string): string {
  return el("g", { fill }, circle(cx - r * 0.65, cy + r * 0.15, r * 0.5, fill) + circle(cx, cy - r * 0.15, r * 0.72, fill) +
    circle(cx + r * 0.7, cy + r * 0.18, r * 0.48, fill) + rect(cx - r * 0.65, cy + r * 0.15, r * 1.35, r * 0.5, fill));
}

function sun(ctx: Parameters<Composer>[0], cx: number, cy: number, r: number): string {
  let rays = "";
  for (let i = 0; i < 12; i++) {
    const a = (i / 12) * Math.PI * 2;
    rays += `M${n(cx + Math.cos(a) * r * 1.25)} ${n(cy + Math.sin(a) * r * 1.25)}L${n(cx + Math.cos(a) * r * 1.6)} ${n(cy + Math.sin(a) * r * 1.6)}`;
  }
  return el("path", { d: rays, stroke: "#fde047", "stroke-width": r * 0.14, "stroke-linecap": "round" },
    anim(ctx, "transform", [`0 ${n(cx)} ${n(cy)}`, `30 ${n(cx)} ${n(cy)}`], { type: "rotate", ease: false }) || undefined) + circle(cx, cy, r, "#facc15");
}

function symbol(ctx: Parameters<Composer>[0], cond: Cond, cx: number, cy: number, r: number, fs: (v: number) => number): string {
  const rng = ctx.rng;
  let s = "";
  if (cond === "sunny") return sun(ctx, cx, cy, r * 0.7);
  if (cond === "clear-night") return el("path", { d: `M${n(cx + r * 0.5)} ${n(cy - r * 0.7)}a${n(r * 0.8)} ${n(r * 0.8)} 0 1 0 ${n(r * 0.4)} ${n(r * 1.3)}a${n(r * 0.7)} ${n(r * 0.7)} 0 0 1 ${n(-r * 0.4)} ${n(-r * 1.3)}z`, fill: "#fef3c7" });
  if (cond === "partly") s += sun(ctx, cx + r * 0.35, cy - r * 0.35, r * 0.45);
  const drift = anim(ctx, "transform", ["0 0", `${n(r * 0.15)} 0`, "0 0"], { type: "translate" });
  s += el("g", {}, cloud(cx, cy, r * 0.75, cond === "storm" ? "#cbd5e1" : "#ffffff") + drift);
  if (cond === "rain" || cond === "storm" || cond === "snow") {
    for (let i = 0; i < 7; i++) {
      const dx = cx - r * 0.8 + (i / 6) * r * 1.6, dy = cy + r * 0.7 + (i % 2) * r * 0.2;
      const fall = (v: number) => anim(ctx, "transform", ["0 0", `${n(-v * 0.2)} ${n(v)}`], { ease: false, type: "translate" });
      if (cond === "snow") s += circle(dx, dy, r * 0.07, "#ffffff", {}, ctx.dur ? fall(r * 0.6) : undefined);
      else s += el("path", { d: `M${n(dx)} ${n(dy)}l${n(-r * 0.08)} ${n(r * 0.25)}`, stroke: "#bfdbfe", "stroke-width": r * 0.06, "stroke-linecap": "round" }, ctx.dur ? fall(r * 0.6) : undefined);
    }
  }
  if (cond === "storm") s += el("path", { d: `M${n(cx)} ${n(cy + r * 0.4)}l${n(-r * 0.25)} ${n(r * 0.45)}h${n(r * 0.25)}l${n(-r * 0.15)} ${n(r * 0.45)}l${n(r * 0.45)}-${n(r * 0.6)}h-${n(r * 0.25)}l${n(r * 0.15)}-${n(r * 0.3)}z`, fill: "#fde047" },
    anim(ctx, "opacity", [1, 1, 0.1, 1, 0.1, 1, 1], { keyTimes: [0, 0.5, 0.52, 0.54, 0.56, 0.58, 1], calcMode: "discrete" }) || undefined);
  if (cond === "fog" || cond === "wind") for (let i = 0; i < 3; i++) s += el("path", { d: `M${n(cx - r)} ${n(cy + r * 0.75 + i * r * 0.22)}h${n(r * (2 - i * 0.3))}`, stroke: "#ffffff", "stroke-width": r * 0.08, "stroke-linecap": "round", opacity: 0.8 });
  void rng; void fs;
  return s;
}

function miniSymbol(cond: Cond, cx: number, cy: number, r: number): string {
  if (cond === "sunny") return circle(cx, cy, r, "#facc15");
  if (cond === "clear-night") return circle(cx, cy, r, "#fef3c7");
  const dot = cond === "partly" ? circle(cx + r * 0.5, cy - r * 0.5, r * 0.7, "#facc15") : "";
  const drops = cond === "rain" || cond === "storm" ? circle(cx - r * 0.4, cy + r * 1.1, r * 0.2, "#bfdbfe") + circle(cx + r * 0.4, cy + r * 1.1, r * 0.2, "#bfdbfe") : cond === "snow" ? circle(cx, cy + r * 1.1, r * 0.22, "#ffffff") : "";
  return dot + cloud(cx + r * 0.3, cy, r * 0.8, "#ffffff") + drops;
}

