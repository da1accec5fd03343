// A small hand-drawn symbol set on a 24x24 grid (stroke style, round caps), chosen by words in the prompt.
// Drawn here rather than imported: an icon font or set would be larger than the whole engine.
import { n } from "./svg";

export interface Glyph { d: string; filled?: boolean }

function radial(cx: number, cy: number, count: number, r1: number, r2: number): string {
  let d = "";
  for (let i = 0; i < count; i++) {
    const a = (i / count) * Math.PI * 2;
    d += `M${n(cx + Math.cos(a) * r1)} ${n(cy + Math.sin(a) * r1)}L${n(cx + Math.cos(a) * r2)} ${n(cy + Math.sin(a) * r2)}`;
  }
  return d;
}

const CIRCLE = (cx: number, cy: number, r: number) => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;

export const GLYPHS: Record<string, Glyph> = {
  star: { d: "M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z", filled: true },
  heart: { d: "M12 20.5s-7.5-4.6-9.2-9.4C1.6 7.6 4 4 7.4 4c2 0 3.6 1.1 4.6 2.8C13 5.1 14.6 4 16.6 4 20 4 22.4 7.6 21.2 11.1 19.5 15.9 12 20.5 12 20.5z", filled: true },
  check: { d: "M4.5 12.5l5 5 10-11" },
  bolt: { d: "M13 2.5L4.5 13.5H12L11 21.5l8.5-11H12z", filled: true },
  cloud: { d: "M7 18.5h10.5a4 4 0 0 0 .6-8 6 6 0 0 0-11.6-1.5A4.8 4.8 0 0 0 7 18.5z" },
  home: { d: "M3.5 11L12 4l8.5 7M5.5 9.5V20h5v-5.5h3V20h5V9.5" },
  bell: { d: "M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 2h-15zM10 20.5a2 2 0 0 0 4 0" },
  search: { d: "M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 1 0 0-13zM15.5 15.5L20.5 20.5" },
  mail: { d: "M3.5 6h17v12h-17zM3.5 6.5l8.5 6.5 8.5-6.5" },
  user: { d: "M12 4a4 4 0 1 0 0 8 4 4 0 1 0 0-8zM4.5 20.5c1-4 4-6 7.5-6s6.5 2 7.5 6" },
  rocket: { d: "M12 2.5c3.5 2.5 5 6.5 4.5 11l-2 3h-5l-2-3C7 9 8.5 5 12 2.5zM12 7.5a1.8 1.8 0 1 0 0 3.6 1.8 1.8 0 1 0 0-3.6zM7.5 13.5l-3 3 .5 3 4-2M16.5 13.5l3 3-.5 3-4-2M10.5 19.5l1.5 2.5 1.5-2.5" },
  leaf: { d: "M5 19c0-9 5-14 15-14 0 10-5 15-13 15M5 19l8-8" },
  lock: { d: "M6 11h12v9.5H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3M12 14.5v2.5" },
  play: { d: "M8 5v14l11-7z", filled: true },
  music: { d: "M9 18V5.5l11-2v12M9 18a3 3 0 1 1-6 0 3 3 0 1 1 6 0zM20 15.5a3 3 0 1 1-6 0 3 3 0 1 1 6 0z" },
  plus: { d: "M12 5v14M5 12h14" },
  chat: { d: "M4 5.5h16v10H10l-4.5 4v-4H4z" },
  camera: { d: "M3.5 8h4l1.5-2.5h6L16.5 8h4v11h-17zM12 10a3.5 3.5 0 1 0 0 7 3.5 3.5 0 1 0 0-7z" },
  sun: { d: CIRCLE(12, 12, 4) + radial(12, 12, 8, 6.5, 9.5) },
  moon: { d: "M19.5 14.5A8 8 0 0 1 9.5 4.5a8 8 0 1 0 10 10z", filled: true },
  shield: { d: "M12 3l7.5 3v5.5c0 4.5-3.2 8-7.5 9.5-4.3-1.5-7.5-5-7.5-9.5V6z" },
  globe: { d: "M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18zM3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9z" },
  code: { d: "M8.5 7L3.5 12l5 5M15.5 7l5 5-5 5M13.5 4.5l-3 15" },
  cart: { d: "M3 4h2.5l2 11h11l2-8H6.5M9 19.5a1.2 1.2 0 1 0 .01 0M17 19.5a1.2 1.2 0 1 0 .01 0" },
  gear: { d: CIRCLE(12, 12, 3) + CIRCLE(12, 12, 6.5) + radial(12, 12, 8, 6.5, 9) },
  coffee: { d: "M5 9h11v5a5 5 0 0 1-5 5h-1a5 5 0 0 1-5-5zM16 10.5h1.5a2.5 2.5 0 0 1 0 5H16M8 3.5v2.5M11 3.5v2.5M14 3.5v2.5" },
  fire: { d: "M12 21c-4 0-6.5-2.8-6.5-6.3 0-3.5 2.5-5.2 3.5-8.2 1.5 1.5 2 3 2 4.5 1-1.5 1.5-4 1-7.5 4 2.5 6.5 6.5 6.5 11 0 3.7-2.5 6.5-6.5 6.5z", filled: true },
  trophy: { d: "M7.5 4h9v5a4.5 4.5 0 0 1-9 0zM7.5 6H4.5a3 3 0 0 0 3 4M16.5 6h3a3 3 0 0 1-3 4M12 13.5v4M9.5 17.5h5v3h-5z" },
};

const WORDS: [RegExp, string][] = [
  [/\b(stars?|favou?rites?|rating|featured)\b/, "star"],
  [/\b(hearts?|love|like|health|care|dating)\b/, "heart"],
  [/\b(checks?|checkmark|done|success|verified|approved|complete|tick)\b/, "check"],
  [/\b(bolt|lightning|flash|energy|power|fast|electric)\b/, "bolt"],
  [/\b(cloud|weather|storage|sync)\b/, "cloud"],
  [/\b(home|house|real estate)\b/, "home"],
  [/\b(bell|notifications?|reminder)\b/, "bell"],
  [/\b(search|find|magnif\w*|explore)\b/, "search"],
  [/\b(mail|email|envelope|inbox|newsletter|letter)\b/, "mail"],
  [/\b(user|profile|person|account|people|team|contact)\b/, "user"],
  [/\b(rocket|launch|startup|space|ship)\b/, "rocket"],
  [/\b(leaf|eco|nature|plant|green|organic|garden)\b/, "leaf"],
  [/\b(lock|secure|security|privacy|password|vault)\b/, "lock"],
  [/\b(play|video|media|stream(ing)?|movie|film)\b/, "play"],
  [/\b(music|audio|sound|song|podcast|headphones?)\b/, "music"],
  [/\b(plus|add|new|create)\b/, "plus"],
  [/\b(chat|messages?|comments?|support|talk)\b/, "chat"],
  [/\b(camera|photo(graphy)?|picture|lens)\b/, "camera"],
  [/\b(sun|sunny|day|summer|solar)\b/, "sun"],
  [/\b(moon|night|sleep|dark)\b/, "moon"],
  [/\b(shield|protect(ion)?|safe(ty)?|guard)\b/, "shield"],
  [/\b(globe|world|web|internet|global|travel|earth)\b/, "globe"],
  [/\b(code|developer|api|dev|programming|terminal)\b/, "code"],
  [/\b(cart|shop(ping)?|store|e-?commerce|checkout|buy)\b/, "cart"],
  [/\b(gear|settings|config\w*|cog|tools?)\b/, "gear"],
  [/\b(coffee|cafe|café|cup|tea)\b/, "coffee"],
  [/\b(fire|flame|hot|trending|burn)\b/, "fire"],
  [/\b(trophy|award|winner|champion|prize|cup winner)\b/, "trophy"],
];

/** The glyph named by the prompt, or undefined when it names none. */
export function glyphFor(lower: string): string | undefined {
  for (const [re, name] of WORDS) if (re.test(lower)) return name;
  return undefined;
}
