import { mkdirSync } from "node:fs";
import path from "node:path";
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

/** Full-page screenshots at desktop and phone width (light) and phone width (dark), into test-artifacts/ (git-ignored). */
export async function screenshots(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const original = page.viewportSize();
  for (const [label, width, height] of [["desktop", 1280, 900], ["phone", 375, 812]] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${label}.png`), fullPage: true });
  }
  // The same at phone width in the dark scheme (prefers-color-scheme).
  await page.emulateMedia({ colorScheme: "dark" });
  await page.waitForTimeout(100);
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}-dark-phone.png`), fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });
  if (original) await page.setViewportSize(original);
  await page.waitForTimeout(250); // let the page lay itself out again before the test goes on
}

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
