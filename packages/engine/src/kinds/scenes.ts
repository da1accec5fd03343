// Simple scenes: landscape, mountains, sea, sunset, night sky, city skyline, forest. The kind decides the main
// subject; time of day and ground come from the rest of the words. Video: the sun sets and the sky dims,
// stars twinkle, waves roll, clouds and birds drift, city windows switch on and off.
import { anim } from "../animate";
import { mix } from "../color";
import type { Composer, Ctx } from "../composer";
import { el, n, rect } from "../svg";
import { birds, city, clouds, forest, moon, mountains, ridge, sea, sky, skyColors, stars, sun, type Ground, type TimeOfDay } from "./scene-parts";

function timeOf(ctx: Ctx): TimeOfDay {
  const { plan } = ctx;
  if (plan.kind === "night-sky" || /\b(night|midnight|starry|stars|moon(lit)?)\b/.test(plan.lower) || plan.dark) return "night";
  if (plan.kind === "sunset" || /\b(sunset|sunrise|dusk|dawn|golden hour|twilight)\b/.test(plan.lower)) return "sunset";
  return "day";
}

function groundOf(ctx: Ctx): Ground {
  const { plan } = ctx;
  const direct: Partial<Record<string, Ground>> = { "city-skyline": "city", forest: "forest", sea: "sea", mountains: "mountains", landscape: "hills" };
  const own = direct[plan.kind];
  if (own) return own;
  const l = plan.lower;
  if (/\b(city|skyline|buildings|urban)\b/.test(l)) return "city";
  if (/\b(sea|ocean|beach|lake|water|coast)\b/.test(l)) return "sea";
  if (/\b(forest|trees|woods|pines?)\b/.test(l)) return "forest";
  if (/\b(mountains?|peaks?|alps)\b/.test(l)) return "mountains";
  if (/\b(hills?|meadow|fields?)\b/.test(l)) return "hills";
  return plan.kind === "sunset" ? "sea" : "mountains";
}

export const scene: Composer = (ctx) => {
  const { w, h, rng, plan } = ctx;
  const time = timeOf(ctx), ground = groundOf(ctx);
  const c = skyColors(time, ctx);
  const horizon = h * (ground === "sea" ? 0.6 : ground === "city" ? 0.7 : 0.62);
  let defs = "", s = "";
  const [skyDefs, skySvg] = sky(ctx, c, ground === "sea" ? horizon : h);
  defs += skyDefs;
  s += skySvg;

  // Celestial body. At sunset (video) the sun sinks below the horizon and the sky dims with it.
  const sunX = w * rng.range(0.3, 0.7);
  const sunR = Math.min(w, h) * (time === "sunset" ? 0.09 : 0.06);
  const sunY = time === "sunset" ? horizon - sunR * 0.4 : h * rng.range(0.16, 0.3);
  if (time === "night") {
    s += stars(ctx, Math.min(260, plan.counts.star ?? Math.round((w * h) / 9000)), horizon);
    if (ctx.dur) {
      const sx = w * rng.range(0.1, 0.4), sy = h * rng.range(0.05, 0.2);
      s += el("path", { d: `M${n(sx)} ${n(sy)}l${n(w * 0.12)} ${n(h * 0.06)}`, stroke: "#ffffff", "stroke-width": 2, "stroke-linecap": "round", opacity: 0,
        pathLength: 1, "stroke-dasharray": "0.3 1" }, anim(ctx, "opacity", [0, 0, 1, 0, 0], { keyTimes: [0, 0.6, 0.63, 0.7, 1], ease: false }) +
        anim(ctx, "stroke-dashoffset", [0.3, 0.3, -1, -1], { keyTimes: [0, 0.6, 0.7, 1], ease: false }));
    }
    const [md, ms] = moon(ctx, w * rng.range(0.6, 0.85), h * rng.range(0.12, 0.25), Math.min(w, h) * 0.05, c.sun);
    defs += md;
    s += ms;
  } else {
    const sink = time === "sunset" ? anim(ctx, "transform", ["0 0", `0 ${n(sunR * 2.6)}`, "0 0"], { type: "translate", keyTimes: [0, 0.75, 1] }) : "";
    const [sd, ss] = sun(ctx, sunX, sunY, sunR, c.sun, sink);
    defs += sd;
    s += ss;
    s += clouds(ctx, plan.counts.cloud ?? rng.int(2, 5), horizon * 0.55, time === "sunset" ? mix(c.mid, "#ffffff", 0.35) : "#ffffff");
  }

  // Ground.
  switch (ground) {
    case "sea": {
      if (rng.chance(0.6) || plan.kind !== "sea") s += ridge(ctx, horizon, h * 0.05, 2, 0.3, mix(c.ground[2]!, c.horizon, 0.35)).replace(/L([\d.]+) ([\d.]+)/g, (m, x, y) => `L${x} ${Math.min(+y, horizon + 0.5)}`);
      const [sd, ss] = sea(ctx, horizon, mix(c.mid, c.top, 0.4), mix(c.top, "#000000", 0.3), c.sun, time === "day" ? undefined : sunX);
      defs += sd;
      s += ss;
      break;
    }
    case "mountains":
      s += mountains(ctx, horizon, h * 0.42, mix(c.ground[1]!, c.horizon, 0.55), time !== "night");
      s += mountains(ctx, horizon + h * 0.08, h * 0.3, mix(c.ground[2]!, c.horizon, 0.25), false);
      s += ridge(ctx, h * 0.9, h * 0.12, 1.5, 0.2, c.ground[3]!);
      break;
    case "city": {
      const [cd, cs] = city(ctx, horizon, mix(c.ground[2]!, c.horizon, 0.35), c.ground[3]!, time === "night" ? "#ffd27a" : time === "sunset" ? "#ffcf8a" : "#dbeafe", time !== "day");
      defs += cd;
      s += cs;
      break;
    }
    case "forest":
      s += ridge(ctx, horizon, h * 0.18, 1.5, 0.3, mix(c.ground[1]!, c.horizon, 0.5));
      s += forest(ctx, horizon + h * 0.06, h * 0.16, mix(c.ground[2]!, c.horizon, 0.3), 1);
      s += ridge(ctx, horizon + h * 0.16, h * 0.05, 1, 0.2, c.ground[2]!);
      s += forest(ctx, h * 0.98, h * 0.36, c.ground[3]!, Math.min(2.5, (plan.counts.tree ?? 14) / 14));
      break;
    default:
      s += ridge(ctx, horizon, h * 0.12, 1.2, 0.15, mix(c.ground[0]!, c.horizon, 0.4));
      s += ridge(ctx, horizon + h * 0.12, h * 0.12, 1.5, 0.1, c.ground[1]!);
      s += ridge(ctx, horizon + h * 0.25, h * 0.1, 1.1, 0.1, c.ground[2]!);
  }
  if (time !== "night" && ground !== "city" && rng.chance(0.7)) s += birds(ctx, rng.int(2, 5), h * 0.3, time === "sunset" ? "#2b1d40" : "#334155");
  // Sunset video: darken the whole picture as the sun goes down, then come back for the loop.
  if (time === "sunset" && ctx.dur) s += rect(0, 0, w, h, "#0b1026", { opacity: 0 }, anim(ctx, "opacity", [0, 0.45, 0], { keyTimes: [0, 0.75, 1] }));
  return { body: s, defs, summary: `${time === "day" ? "daytime" : time} scene with ${ground === "hills" ? "rolling hills" : ground}` };
};
