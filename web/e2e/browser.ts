import { mkdirSync } from "node:fs";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";

export const ARTIFACTS = path.resolve(import.meta.dirname, "../../test-artifacts");

export function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--autoplay-policy=no-user-gesture-required",
    ],
  });
}

/** WCAG 2.1 A and AA, as axe-core checks them. */
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** axe-core's findings on the page as it is now, one line each ("rule (impact): selector, ..."). */
export async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
}

/** The whole page, except while a modal dialog is open: then what the user sees (the page behind is inert). */
const fullPage = async (page: Page) => (await page.locator("dialog[open]").count()) === 0;

/**
 * Full-page screenshots at desktop and phone width (light) and phone width (dark), into test-artifacts/ (git-ignored),
 * with axe-core run at 1280 px light and 375 px dark: any violation fails the test that reached this state.
 */
export async function screenshots(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const original = page.viewportSize();
  const violations: string[] = [];
  for (const [label, width, height] of [["desktop", 1280, 900], ["phone", 375, 812]] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${label}.png`), fullPage: await fullPage(page) });
    if (label === "desktop") violations.push(...(await axe(page)).map((v) => `1280 light: ${v}`));
  }
  // The same at phone width in the dark scheme (prefers-color-scheme).
  await page.emulateMedia({ colorScheme: "dark" });
  await page.waitForTimeout(100);
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}-dark-phone.png`), fullPage: await fullPage(page) });
  violations.push(...(await axe(page)).map((v) => `375 dark: ${v}`));
  await page.emulateMedia({ colorScheme: "light" });
  if (original) await page.setViewportSize(original);
  await page.waitForTimeout(250); // let the page lay itself out again before the test goes on
  if (violations.length) throw new Error(`axe-core found accessibility problems in "${name}":\n${violations.join("\n")}`);
}

/** The media's drawn picture (after object-fit) and the box it must fit in, in CSS pixels. */
export interface Fit {
  media: { left: number; top: number; right: number; bottom: number };
  box: { left: number; top: number; right: number; bottom: number };
}

/**
 * Where the media inside `containerSelector` is actually drawn: an <img>/<video> by its natural size and object-fit,
 * an inline <svg> by its viewBox (preserveAspectRatio meet). The test then checks it lies inside the box.
 */
export function mediaFit(page: Page, containerSelector: string): Promise<Fit> {
  return page.evaluate((sel) => {
    const box = document.querySelector(sel)!;
    const host = box.querySelector("[data-testid=animated-svg]");
    const svg = host?.shadowRoot?.querySelector("svg") ?? null;
    const el = (svg ?? box.querySelector("img, video")) as HTMLElement | null;
    if (!el) throw new Error(`no media in ${sel}`);
    const r = el.getBoundingClientRect();
    let nw: number, nh: number;
    if (el instanceof HTMLImageElement) [nw, nh] = [el.naturalWidth, el.naturalHeight];
    else if (el instanceof HTMLVideoElement) [nw, nh] = [el.videoWidth, el.videoHeight];
    else {
      const vb = (el as unknown as SVGSVGElement).viewBox.baseVal;
      [nw, nh] = [vb.width, vb.height];
    }
    const fit = el instanceof SVGElement ? "contain" : getComputedStyle(el).objectFit;
    // contain: scaled to fit both axes; cover: fills the box (and may crop); fill/none: as laid out.
    const scale = fit === "contain" ? Math.min(r.width / nw, r.height / nh) : fit === "cover" ? Math.max(r.width / nw, r.height / nh) : NaN;
    const [w, h] = Number.isNaN(scale) ? [r.width, r.height] : [nw * scale, nh * scale];
    const left = r.left + (r.width - w) / 2;
    const top = r.top + (r.height - h) / 2;
    const b = box.getBoundingClientRect();
    return { media: { left, top, right: left + w, bottom: top + h }, box: { left: b.left, top: b.top, right: b.right, bottom: b.bottom } };
  }, containerSelector);
}

/** True when the drawn media lies wholly inside its box (half a pixel of rounding allowed). */
export const fitsInside = ({ media, box }: Fit): boolean =>
  media.left >= box.left - 0.5 && media.top >= box.top - 0.5 && media.right <= box.right + 0.5 && media.bottom <= box.bottom + 0.5;

/** Fails the test on any uncaught page error or console error. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    // A failed estimate for an unconfigured tier is an expected 409 in the network log, not a page bug.
    if (m.type() === "error" && !/status of 4\d\d/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return errors;
}
