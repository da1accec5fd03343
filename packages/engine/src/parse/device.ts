// Which screen a UI template is drawn on: a phone when the prompt says app/mobile/phone (and not web or
// desktop), else a desktop browser window.
export type Device = "mobile" | "desktop";

export function deviceOf(lower: string): Device {
  if (/\b(desktop|web ?app|website|web ?page|webpage|browser|laptop|monitor|landing page)\b/.test(lower)) return "desktop";
  return /\b(mobile|phone|iphone|android|ios|smartphone|apps?)\b/.test(lower) ? "mobile" : "desktop";
}
