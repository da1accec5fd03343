// Calendar: a real month grid for the month and year named in the prompt ("calendar for March 2026"), the
// right weekday for the 1st and the right number of days, weeks from Monday (Sunday when the prompt says so).
// Events from the prompt's list sit on days, as chips on desktop and as an agenda under the grid on a phone.
// Video: the selection moves from day to day.
import { anim } from "../animate";
import { mix, readableOn } from "../color";
import type { Composer } from "../composer";
import { circle, el, n, rect, text } from "../svg";
import { titleCase } from "../words";
import { fitText, screen } from "./parts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const EVENTS = ["Team standup", "Dentist", "Lunch with Sam", "Design review", "Yoga", "Project deadline", "Birthday party", "Flight to Berlin", "1:1 with Alex", "Book club"];

/** Month (0-11) and year named in the text, if any. */
export function monthOf(lower: string): { month?: number; year?: number } {
  const m = lower.match(/\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?:\s+(\d{4}))?/);
  const y = lower.match(/\b(19[5-9]\d|20\d\d|21\d\d)\b/);
  const month = m ? MONTHS.findIndex((name) => name.toLowerCase().startsWith(m[1]!.slice(0, 3))) : undefined;
  return { month: month === -1 ? undefined : month, year: m?.[2] ? +m[2] : y ? +y[1]! : undefined };
}

export const calendar: Composer = (ctx) => {
  const { pal, plan, rng } = ctx;
  const sc = screen(ctx);
  const { x, y, w, h, fs, mobile } = sc;
  const named = monthOf(plan.lower);
  const month = named.month ?? rng.int(0, 11), year = named.year ?? 2026;
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay(); // 0 = Sunday
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const sundayFirst = /\b(sunday first|starting sunday|us|american)\b/.test(plan.lower);
  const offset = sundayFirst ? first : (first + 6) % 7;
  const weeks = Math.ceil((offset + days) / 7);
  const heads = sundayFirst ? ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  // Events: the prompt's items (and quoted labels) on spread-out days; a day number in an item pins it.
  const items = (plan.list.length ? plan.list : plan.labels).map((e) => titleCase(e));
  const nEvents = items.length || Math.min(6, plan.counts.milestone ?? 5);
  const events: { day: number; title: string; color: string }[] = [];
  for (let i = 0; i < nEvents; i++) {
    const t = items[i] ?? EVENTS[rng.int(0, EVENTS.length - 1)]!;
    const dm = items[i] ? t.match(/\b(?:on the |on )?([12]?\d|3[01])(?:st|nd|rd|th)\b|\bon (?:the )?([12]?\d|3[01])\b/i) : null;
    const dd = dm ? +(dm[1] ?? dm[2])! : 0;
    const day = dd >= 1 && dd <= days ? dd : Math.min(days, 2 + Math.floor(((i + rng.next() * 0.6) * (days - 3)) / nEvents));
    events.push({ day, title: dm ? t.replace(dm[0], " ").replace(/\s+/g, " ").replace(/\b(on|the)\s*$/i, "").trim() || t : t, color: pal.accents[(i + 1) % pal.accents.length]! });
  }
  const today = events.length ? Math.min(days, events[0]!.day + 1) : 15;
  const title = `${MONTHS[month]} ${year}`;
  const pad = fs(mobile ? 16 : 32);
  let s = fitText(x + pad, y + fs(mobile ? 40 : 56), title, fs(mobile ? 26 : 32), w * 0.55, pal.text, { "font-weight": 800 });
  // Prev / next and view switch.
  const ax = x + w - pad - (mobile ? fs(70) : fs(300));
  for (const [k, d] of [[0, "M14 6l-6 6 6 6"], [1, "M10 6l6 6-6 6"]] as const)
    s += circle(ax + k * fs(40) + fs(16), y + fs(mobile ? 32 : 46), fs(16), pal.surface2) +
      el("path", { d, transform: `translate(${n(ax + k * fs(40))} ${n(y + fs(mobile ? 16 : 30))}) scale(${Math.round(fs(32) / 24 * 100) / 100})`, fill: "none", stroke: pal.text, "stroke-width": 2, "stroke-linecap": "round" });
  if (!mobile) ["Day", "Week", "Month"].forEach((v, i) => {
    const vx = x + w - pad - fs(200) + i * fs(66);
    s += rect(vx, y + fs(30), fs(62), fs(32), v === "Month" ? pal.primary : pal.surface2, { rx: fs(8) }) +
      text(vx + fs(31), y + fs(51), v, fs(13), v === "Month" ? readableOn(pal.primary) : pal.text, { "text-anchor": "middle", "font-weight": 600 });
  });
  const gx = x + pad, gw = w - pad * 2, gy = y + fs(mobile ? 70 : 90);
  const gh = mobile ? Math.min(fs(330), h * 0.45) : y + h - gy - pad;
  const cw = gw / 7, headH = fs(30), ch = (gh - headH) / weeks;
  heads.forEach((d, i) => { s += text(gx + cw * (i + 0.5), gy + fs(18), mobile ? d.slice(0, 1) : d, fs(13), pal.muted, { "text-anchor": "middle", "font-weight": 600 }); });
  if (!mobile) s += rect(gx, gy + headH, gw, gh - headH, pal.surface, { rx: fs(10), stroke: pal.line });
  let cells = "";
  const cellOf = (day: number) => { const i = offset + day - 1; return { cx: gx + (i % 7) * cw, cy: gy + headH + Math.floor(i / 7) * ch }; };
  for (let d = 1; d <= days; d++) {
    const { cx, cy } = cellOf(d);
    const isToday = d === today;
    const weekend = sundayFirst ? ((offset + d - 1) % 7 === 0 || (offset + d - 1) % 7 === 6) : (offset + d - 1) % 7 >= 5;
    if (mobile) {
      if (isToday) cells += circle(cx + cw / 2, cy + ch / 2, Math.min(cw, ch) * 0.38, pal.primary);
      cells += text(cx + cw / 2, cy + ch / 2 + fs(5), String(d), fs(15), isToday ? readableOn(pal.primary) : weekend ? pal.muted : pal.text, { "text-anchor": "middle", "font-weight": isToday ? 700 : 500 });
      if (events.some((e) => e.day === d)) cells += circle(cx + cw / 2, cy + ch / 2 + fs(14), fs(2.5), isToday ? readableOn(pal.primary) : pal.primary);
    } else {
      if ((offset + d - 1) % 7 !== 0) cells += rect(cx, cy + fs(4), 1, ch - fs(8), pal.line);
      if (Math.floor((offset + d - 1) / 7) > 0 && (offset + d - 1) % 7 === 0) cells += rect(gx + fs(4), cy, gw - fs(8), 1, pal.line);
      if (isToday) cells += circle(cx + fs(22), cy + fs(20), fs(13), pal.primary);
      cells += text(cx + fs(22), cy + fs(25), String(d), fs(14), isToday ? readableOn(pal.primary) : weekend ? pal.muted : pal.text, { "text-anchor": "middle", "font-weight": isToday ? 700 : 500 });
      events.filter((e) => e.day === d).slice(0, Math.max(1, Math.floor((ch - fs(40)) / fs(24)))).forEach((e, k) => {
        const ey = cy + fs(36) + k * fs(24);
        if (ey + fs(20) > cy + ch) return;
        cells += rect(cx + fs(6), ey, cw - fs(12), fs(20), mix(e.color, pal.surface, 0.78), { rx: fs(5) }) + rect(cx + fs(6), ey, fs(3), fs(20), e.color, { rx: fs(1.5) }) +
          fitText(cx + fs(14), ey + fs(14), e.title, fs(12), cw - fs(24), pal.text, { "font-weight": 600 });
      });
    }
  }
  s += cells;
  if (ctx.dur) {
    // A selection ring hops across the event days.
    const stops = (events.length ? events.map((e) => e.day) : [today]).map(cellOf);
    const pts = [...stops, stops[0]!].map((p) => `${n(p.cx + (mobile ? cw / 2 : fs(22)))} ${n(p.cy + (mobile ? ch / 2 : fs(20)))}`);
    s += circle(0, 0, mobile ? Math.min(cw, ch) * 0.44 : fs(17), "none", { stroke: pal.accents[2]!, "stroke-width": fs(2.5) },
      anim(ctx, "transform", pts, { type: "translate", keyTimes: pts.map((_, i) => i / (pts.length - 1)) }));
  }
  if (mobile) {
    let ay = gy + gh + fs(30);
    s += text(gx, ay, "Upcoming", fs(18), pal.text, { "font-weight": 800 });
    ay += fs(16);
    for (const e of [...events].sort((a, b) => a.day - b.day)) {
      if (ay + fs(56) > y + h - fs(16)) break;
      s += rect(gx, ay, gw, fs(52), pal.surface, { rx: fs(12), stroke: pal.line }) + rect(gx, ay, fs(5), fs(52), e.color, { rx: fs(2.5) }) +
        text(gx + fs(20), ay + fs(32), `${MONTHS[month]!.slice(0, 3)} ${e.day}`, fs(13), pal.muted, { "font-weight": 600 }) +
        fitText(gx + fs(80), ay + fs(32), e.title, fs(15), gw - fs(96), pal.text, { "font-weight": 600 });
      ay += fs(60);
    }
  }
  const out = sc.finish(s);
  return { ...out, summary: `calendar for ${title} (${days} days, the 1st on a ${["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][first]}) with ${events.length} events` };
};
