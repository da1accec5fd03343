import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { fitsInside, launch, mediaFit, screenshots, watchErrors } from "./browser";

const e2e = inject("e2e");

describe.skipIf(e2e.skip !== null)("web UI in Chromium against the real worker", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const url = (p: string) => `${e2e.baseURL}${p}`;
  const description = `a pastel dashboard wireframe with revenue charts ${Date.now()}`;

  beforeAll(async () => {
    browser = await launch(e2e.chromium);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(20_000); // CI shares two cores with the workerd suites: a loaded page can take seconds
    errors = watchErrors(page);
  });

  // A test that fails half-way must not leave its stand-in answers (a 429, a slow generate) to the next one.
  beforeEach(async () => {
    await page?.unrouteAll({ behavior: "ignoreErrors" });
    await page?.emulateMedia({ reducedMotion: "no-preference", colorScheme: "light" });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** What has keyboard focus: enough to tell the control, the result and the page body apart. */
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { tag: el?.tagName.toLowerCase(), id: el?.id, testid: el?.dataset.testid, text: el?.textContent?.trim().slice(0, 40), busy: el?.getAttribute("aria-disabled") };
    });
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  /** Answers generate a little late (the real answer), so a test can see the page while it works. */
  const slowGenerate = (ms: number) =>
    page.route("**/api/media/generate", async (route) => {
      await sleep(ms);
      await route.continue();
    });

  /** The usage page's total; an error notice instead of the totals fails with its text rather than a bare timeout. */
  async function usageTotal(): Promise<number> {
    await page.goto(url("/media/usage"));
    const total = page.getByTestId("total-generated");
    await total.or(page.getByTestId("error-notice")).first().waitFor();
    if (!(await total.count())) throw new Error(`usage page: ${await page.getByTestId("error-notice").textContent()}`);
    return Number((await total.textContent())?.replace(/\D/g, ""));
  }

  it("leads from / to /media", async () => {
    await page.goto(url("/"));
    await page.waitForURL(/\/media$/);
    await expect(page.getByRole("heading", { name: "Generate" }).isVisible()).resolves.toBe(true);
    expect(await page.getByRole("link", { name: "Generate" }).getAttribute("aria-current")).toBe("page");
    // Search engines and link previews get a description of the app.
    expect(await page.locator('meta[name="description"]').getAttribute("content")).toMatch(/images, video and sound/);
  });

  it("loads /media with at most 55 KB of gzipped JavaScript", async () => {
    const fresh = await browser.newPage();
    const scripts = new Map<string, Promise<Buffer>>();
    fresh.on("response", (r) => {
      if (r.request().resourceType() === "script") scripts.set(r.url(), r.body());
    });
    await fresh.goto(url("/media"), { waitUntil: "networkidle" });
    let gz = 0;
    let raw = 0;
    for (const body of await Promise.all(scripts.values())) {
      raw += body.length;
      gz += gzipSync(body, { level: 9 }).length;
    }
    await fresh.close();
    console.log(`e2e: /media initial JavaScript: ${scripts.size} files, ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped`);
    expect(gz).toBeLessThanOrEqual(55 * 1024);
  });

  it("updates the estimate as the description and tier change, debounced", async () => {
    const bodies: Array<{ description: string; tier: string; media_type: string }> = [];
    page.on("request", (r) => {
      if (r.url().endsWith("/api/media/estimate")) bodies.push(r.postDataJSON());
    });
    await page.goto(url("/media"));
    await page.locator("#description").pressSequentially("a soft notification chime", { delay: 20 });
    await page.getByTestId("estimate-tier").getByText("Free").waitFor();
    expect(await page.getByTestId("estimate-cost").textContent()).toBe("$0");
    // One request for the whole phrase, not one per key.
    expect(bodies.length).toBeLessThan(4);
    expect(bodies.at(-1)?.description).toBe("a soft notification chime");

    await page.getByRole("radio", { name: "Audio" }).check();
    await expect.poll(() => bodies.at(-1)?.media_type).toBe("audio");

    // A tier that is not set up is marked in the picker, with a visible note and the way to set it up: not an error.
    await page.getByRole("radio", { name: "Premium not set up" }).waitFor({ state: "attached" });
    await page.getByRole("radio", { name: "Premium" }).check();
    await expect.poll(() => bodies.at(-1)?.tier).toBe("premium");
    await page.getByTestId("tier-hint").getByText("Premium is not set up yet.").waitFor();
    expect(await page.getByRole("link", { name: "Set up premium" }).isVisible()).toBe(true);
    expect(await page.locator("#tier-error").textContent()).toBe("");
    expect(await page.getByRole("alert").count()).toBe(0);

    // Generating with it anyway says so beside the tier, in the user's words; switching back to Auto clears it.
    await page.getByRole("button", { name: "Generate media" }).click();
    await page.locator("#tier-error").getByText("Premium is not set up yet.").waitFor();
    expect(await page.locator("body").textContent()).not.toMatch(/POST \/api|X-Runway-Key|RUNWAY_API_KEY/);
    await page.getByRole("radio", { name: "Auto" }).check();
    await expect.poll(() => page.locator("#tier-error").textContent()).toBe("");

    await page.getByRole("radio", { name: "Free" }).check();
    await page.getByTestId("estimate-tier").getByText("Free").waitFor();
    expect(await page.locator("#tier-error").textContent()).toBe("");
  });

  let before = 0;
  it("generates a free image and shows it with its details", { timeout: 90_000 }, async () => {
    before = await usageTotal();
    await page.goto(url("/media"));
    await page.locator("#description").fill(description);
    // Watch for layout shifts while generating (the result stage and progress slot keep their size).
    await page.evaluate(() => {
      const w = window as unknown as { __shifts: Array<[number, number]> };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as Array<{ value: number; startTime: number }>) w.__shifts.push([e.startTime, e.value]);
      }).observe({ type: "layout-shift", buffered: false });
    });
    const now = () => page.evaluate(() => performance.now());
    const shiftBetween = (from: number, to: number) =>
      page.evaluate(([a, b]) => (window as unknown as { __shifts: Array<[number, number]> }).__shifts.filter(([t]) => t >= a! && t <= b!).reduce((n, [, v]) => n + v, 0), [from, to]);
    const started = await now();
    await page.getByRole("button", { name: "Generate media" }).click();
    const img = page.locator(".result img");
    await img.waitFor();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    expect(await img.getAttribute("alt")).toBe(description);
    expect(await page.getByTestId("result-cost").textContent()).toBe("$0");
    // The provider by name, not by id.
    await page.getByTestId("result").getByText("Built-in engine").waitFor();
    expect(await page.getByRole("link", { name: "Download" }).getAttribute("href")).toMatch(/\/api\/media\/files\/.+\.svg$/);
    expect(await shiftBetween(started, await now())).toBeLessThan(0.02);
    await screenshots(page, "media-result");

    // A new variation changes the seed and the picture.
    const first = await img.getAttribute("src");
    const again = await now();
    await page.getByRole("button", { name: "New variation" }).click();
    await expect.poll(() => page.locator(".result img").getAttribute("src")).not.toBe(first);
    expect(await page.locator("#opt-seed").inputValue()).toMatch(/^\d+$/);
    expect(await shiftBetween(again, await now())).toBeLessThan(0.02);
  });

  it("moves the usage totals", async () => {
    expect(await usageTotal()).toBe(before + 2);
    expect(await page.getByTestId("tier-row-free").locator("td").first().textContent()).toBe(String(before + 2));
    await page.locator('.chart svg rect:not([height="0"])').first().waitFor();
    // The count axis is labelled with the gridlines' exact values: whole numbers, the middle one half the top.
    const labels = (await page.locator('.chart svg text.axis[text-anchor="end"]').allTextContents()).map(Number);
    expect(labels).toHaveLength(3);
    expect(labels.every(Number.isInteger)).toBe(true);
    expect(labels[1]! * 2).toBe(labels[2]);
    await screenshots(page, "usage");
  });

  it("keeps focus on Generate, New variation and Regenerate while busy, then moves it to the result", async () => {
    await page.goto(url("/media"));
    await page.locator("#description").fill("a bar chart of quarterly revenue by region");
    await page.getByTestId("estimate-tier").getByText("Free").waitFor();
    await slowGenerate(900);
    for (const [name, busyText] of [["Generate media", "Generating…"], ["New variation", "New variation"], ["Regenerate", "Regenerate"]] as const) {
      const src = (await page.locator(".result img").count()) ? await page.locator(".result img").getAttribute("src") : null;
      await page.getByRole("button", { name }).focus();
      await page.keyboard.press("Enter");
      // While it works the control keeps focus, marked busy rather than disabled.
      await expect.poll(focused).toMatchObject({ tag: "button", text: busyText, busy: "true" });
      await page.keyboard.press("Enter"); // a second press while busy does nothing
      await page.locator(".result .done").waitFor();
      // When it is ready, focus moves to the result, and the polite live line says so.
      await expect.poll(focused).toMatchObject({ tag: "section", testid: "result" });
      expect(await page.locator(".progress-slot").getAttribute("aria-live")).toBe("polite");
      expect(await page.locator(".progress-slot").textContent()).toMatch(/your image is ready/);
      if (name !== "Generate media" && name !== "Regenerate") expect(await page.locator(".result img").getAttribute("src")).not.toBe(src);
      await page.locator(".result img").waitFor();
    }
    await page.unroute("**/api/media/generate");
  });

  it("shows the whole result, fitted on both axes: square, portrait and a chart, in the result, the dialog and the thumbnails", { timeout: 90_000 }, async () => {
    const made: string[] = [];
    for (const [size, text] of [["1024x1024", "a bar chart of monthly signups with a title"], ["720x1280", "a portrait of a smiling astronaut"], ["1280x720", "a wide landscape of rolling hills"]] as const) {
      await page.goto(url("/media"));
      await page.locator("#opt-size").selectOption(size);
      const d = `${text} ${Date.now()}`;
      made.push(d);
      await page.locator("#description").fill(d);
      await page.getByRole("button", { name: "Generate media" }).click();
      const img = page.locator(".result img");
      await expect.poll(() => img.getAttribute("alt")).toBe(d);
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        const fit = await mediaFit(page, "[data-testid=result] .stage");
        expect(fitsInside(fit), `${size} at ${width}px: ${JSON.stringify(fit)}`).toBe(true);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      if (size === "720x1280") await screenshots(page, "media-result-portrait");
    }
    await page.goto(url("/media/history"));
    for (const d of made) {
      const tile = page.getByRole("button", { name: new RegExp(d) });
      await tile.waitFor();
      await expect.poll(() => tile.locator("img").evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
      const thumb = await tile.locator(".thumb").evaluate((el) => {
        el.setAttribute("data-fit", "thumb");
        return true;
      });
      expect(thumb).toBe(true);
      expect(fitsInside(await mediaFit(page, "[data-fit=thumb]"))).toBe(true);
      await tile.locator(".thumb").evaluate((el) => el.removeAttribute("data-fit"));
      await tile.click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      await expect.poll(() => dialog.locator("img").evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 812 });
        expect(fitsInside(await mediaFit(page, "[data-testid=detail-stage]")), `${d} in the dialog at ${width}px`).toBe(true);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      if (d === made[1]) await screenshots(page, "history-detail-portrait");
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });
    }
  });

  it("shows the new item in history, filters it, and opens its detail", { timeout: 90_000 }, async () => {
    await page.goto(url("/media/history"));
    const tile = page.getByRole("button", { name: new RegExp(description) }).first();
    await tile.waitFor();
    await screenshots(page, "history");
    await page.locator("#filter-media").selectOption("audio");
    await expect.poll(() => page.getByRole("button", { name: new RegExp(description) }).count()).toBe(0);
    await page.locator("#filter-media").selectOption("image");
    await tile.click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.getByRole("heading").textContent()).toBe(description);
    await screenshots(page, "history-detail");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });

    // "Use again" brings the description back into the generate form.
    await tile.click();
    await dialog.getByRole("link", { name: "Use again" }).click();
    await page.waitForURL(/\/media\?/);
    expect(await page.locator("#description").inputValue()).toBe(description);
  });

  it("pages through history with Load more", { timeout: 90_000 }, async () => {
    // Enough items for a second page (24 a page), made straight through the API.
    for (let i = 0; i < 24; i++) {
      const res = await fetch(`${e2e.apiURL}/api/media/generate`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ description: `a small icon number ${i}`, tier: "free", cache: false }),
      });
      expect(res.status).toBe(200);
    }
    await page.goto(url("/media/history"));
    const tiles = page.getByTestId("history-grid").getByRole("listitem");
    await expect.poll(() => tiles.count()).toBe(24);
    await page.getByRole("button", { name: "Load more" }).click();
    await expect.poll(() => tiles.count()).toBeGreaterThan(24);
    await page.getByText(/That is everything/).waitFor();
    await screenshots(page, "history-paged");
  });

  it("plays an audio result, fetched with Range requests", async () => {
    const ranged: number[] = [];
    page.on("response", (r) => {
      if (/\/api\/media\/files\/.+\.wav$/.test(r.url())) ranged.push(r.status());
    });
    await page.goto(url("/media"));
    await page.getByRole("radio", { name: "Audio" }).check();
    await page.locator("#opt-duration").fill("1");
    await page.locator("#description").fill("a soft notification chime");
    await page.getByRole("button", { name: "Generate media" }).click();
    const audio = page.locator(".result audio");
    await audio.waitFor();
    await audio.evaluate((el: HTMLAudioElement) => el.play());
    await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(ranged).toContain(206);
    await screenshots(page, "media-audio");
  });

  it("shows an empty form without problems", async () => {
    await page.goto(url("/media"));
    await page.getByTestId("tier-hint").getByText(/best tier set up here/).waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
    await screenshots(page, "media-empty");
  });

  it("marks field problems on the field, in the user's words, and clears them when the cause goes", async () => {
    await page.goto(url("/media"));
    await page.getByRole("button", { name: "Generate media" }).click();
    await page.locator("#description-error").getByText(/Describe what you want/).waitFor();
    expect(await page.locator("#description").getAttribute("aria-invalid")).toBe("true");
    expect(await focused()).toMatchObject({ id: "description" });

    await page.locator("#description").fill("a soft notification chime");
    await page.getByRole("radio", { name: "Audio" }).check();
    const length = page.locator("#opt-duration");
    await length.fill("40");
    await page.locator("#duration-error").getByText("Length can be at most 30 seconds.").waitFor();
    expect(await length.getAttribute("aria-invalid")).toBe("true");
    expect(await length.getAttribute("aria-describedby")).toContain("duration-error");
    // A seed that is not a number is named, not silently dropped.
    await page.locator("#opt-seed").fill("abc");
    await page.locator("#seed-error").getByText(/Seed must be a whole number/).waitFor();
    expect(await page.locator("#opt-seed").getAttribute("aria-invalid")).toBe("true");
    // Generate goes to the first field with a problem instead of sending it.
    let sent = 0;
    const count = () => sent++;
    page.on("request", (r) => r.url().endsWith("/api/media/generate") && count());
    await page.getByRole("button", { name: "Generate media" }).click();
    await expect.poll(focused).toMatchObject({ id: "opt-duration" });
    expect(sent).toBe(0);
    expect(await page.locator("body").textContent()).not.toMatch(/duration_s|options\.|Too big/);
    await screenshots(page, "media-validation-error");

    // Clearing the field clears its error; so does fixing the seed.
    await length.fill("");
    await expect.poll(() => page.locator("#duration-error").textContent()).toBe("");
    expect(await length.getAttribute("aria-invalid")).toBeNull();
    await page.locator("#opt-seed").fill("42");
    await expect.poll(() => page.locator("#seed-error").textContent()).toBe("");
  });

  it("after a 429 shows one countdown, announces it once and keeps Generate off until then", async () => {
    await page.goto(url("/media"));
    // The worker's limiter is exercised in its own tests; here the browser gets the 429 it would send.
    let calls = 0;
    await page.route("**/api/media/generate", (route) => {
      calls++;
      return route.fulfill({
        status: 429,
        headers: { "Content-Type": "application/json", "Retry-After": "42" },
        body: JSON.stringify({ error: { code: "rate_limited", message: "Rate limit of 30 generations per minute reached; retry in 57 s.", details: { retry_after_s: 57 } } }),
      });
    });
    await page.locator("#description").fill("a tiny robot mascot");
    const button = page.getByRole("button", { name: "Generate media" });
    await button.focus();
    await page.keyboard.press("Enter");
    const alert = page.getByRole("alert");
    await alert.getByText("Slow down a little.").waitFor();
    // One countdown (the server's own "retry in 57 s" is not repeated), outside the announced text.
    const announced = await alert.textContent();
    expect(announced).toMatch(/You can try again at/);
    expect(await page.locator("body").textContent()).not.toMatch(/57 s/);
    expect(await page.getByTestId("retry-at").textContent()).toMatch(/try again in (4[0-2]|3\d) s/i);
    expect(await page.getByTestId("retry-at").getAttribute("aria-hidden")).toBe("true");
    expect(await page.getByText(/in \d+ s/).count()).toBe(1);
    // Generate is off (and keeps focus) until the time is up; the alert's words do not change as it counts.
    expect(await button.getAttribute("aria-disabled")).toBe("true");
    expect(await focused()).toMatchObject({ tag: "button", busy: "true" });
    const first = await page.getByTestId("retry-at").textContent();
    await expect.poll(() => page.getByTestId("retry-at").textContent(), { timeout: 4000 }).not.toBe(first);
    expect(await alert.textContent()).toBe(announced);
    await button.click({ force: true });
    expect(calls).toBe(1);
    // Editing the form does not lift the limit.
    await page.locator("#description").fill("a tiny robot mascot, waving");
    await page.waitForTimeout(400);
    expect(await button.getAttribute("aria-disabled")).toBe("true");
    await screenshots(page, "media-rate-limited");
    await page.unroute("**/api/media/generate");
  });

  it("clamps a very long description in the history dialog, keeping the media and Close in view", { timeout: 90_000 }, async () => {
    const long = `a quiet harbour at dawn with fishing boats, ${"gulls circling over calm water and soft light on the hills, ".repeat(40)}`.slice(0, 2000).trim();
    const res = await fetch(`${e2e.apiURL}/api/media/generate`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ description: long, tier: "free", cache: false }),
    });
    expect(res.status).toBe(200);
    for (const [width, height] of [[1280, 900], [375, 812]] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(url("/media/history"));
      await page.getByTestId("history-grid").getByRole("listitem").first().getByRole("button").click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      const heading = dialog.getByRole("heading");
      expect(await heading.textContent()).toBe(long);
      expect((await heading.boundingBox())!.height).toBeLessThan(110);
      for (const el of [dialog.getByRole("button", { name: "Close" }), dialog.getByTestId("detail-stage")]) {
        const box = (await el.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + Math.min(box.height, 60)).toBeLessThanOrEqual(height);
      }
      if (width === 1280) await screenshots(page, "history-detail-long");
      // The whole text is one click away.
      await dialog.getByRole("button", { name: "Show the whole description" }).click();
      expect((await heading.boundingBox())!.height).toBeGreaterThan(110);
      expect(await dialog.getByRole("button", { name: "Show less" }).getAttribute("aria-expanded")).toBe("true");
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("gives the free video play/pause, and starts it paused when reduced motion is asked for", async () => {
    const paused = () => page.evaluate(() => document.querySelector("[data-testid=animated-svg]")!.shadowRoot!.querySelector("svg")!.animationsPaused());
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(url("/media"));
    await page.getByRole("radio", { name: "Video" }).check();
    await page.getByRole("radio", { name: "Free" }).check();
    await page.locator("#description").fill(`a bouncing logo animation ${Date.now()}`);
    await page.getByRole("button", { name: "Generate media" }).click();
    const toggle = page.getByTestId("play-pause");
    await toggle.getByText("Play").waitFor();
    expect(await paused()).toBe(true);
    expect(fitsInside(await mediaFit(page, "[data-testid=result] .stage"))).toBe(true);
    await screenshots(page, "media-video-free");
    await toggle.click();
    await toggle.getByText("Pause").waitFor();
    expect(await paused()).toBe(false);
    await toggle.click();
    expect(await paused()).toBe(true);
    // Its thumbnail stands still too: the first frame, not the moving file.
    await page.goto(url("/media/history"));
    await page.locator("#filter-media").selectOption("video");
    const thumb = page.getByTestId("history-grid").locator("img").first();
    await expect.poll(() => thumb.getAttribute("src")).toMatch(/^blob:/);

    // Without the preference it plays at once.
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await page.goto(url("/media"));
    await page.getByRole("radio", { name: "Video" }).check();
    await page.getByRole("radio", { name: "Free" }).check();
    await page.locator("#description").fill(`a bouncing logo animation in blue ${Date.now()}`);
    await page.getByRole("button", { name: "Generate media" }).click();
    await toggle.getByText("Pause").waitFor();
    expect(await paused()).toBe(false);
  });

  it("setup: a bad key shows the provider's reason, a good key is saved, tested and used by auto", { timeout: 90_000 }, async () => {
    await page.goto(url("/media/setup"));
    const card = page.getByTestId("provider-stable_diffusion");
    await card.getByText("Not configured").waitFor();
    await screenshots(page, "setup");

    await card.getByLabel("API key", { exact: true }).fill("hf_ThisKeyIsWellFormedButRevoked0000");
    await card.getByLabel("Admin token", { exact: true }).fill(e2e.adminToken);
    await card.getByRole("button", { name: "Save & test" }).click();
    const result = page.getByTestId("stable_diffusion-result");
    await result.getByText(/Invalid credentials|rejected|401/i).waitFor();
    expect(await result.getAttribute("role")).toBe("alert");

    await card.getByLabel("API key", { exact: true }).fill(e2e.goodHfKey);
    const save = card.getByRole("button", { name: "Save & test" });
    await page.route("**/api/media/configure", async (route) => {
      await sleep(900);
      await route.continue();
    });
    await save.focus();
    await page.keyboard.press("Enter");
    // The button keeps focus while it tests the key (busy, not disabled) and after.
    await expect.poll(focused).toMatchObject({ tag: "button", text: "Testing…", busy: "true" });
    await result.getByText(/Saved on the server and tested: Hugging Face \(Stable Diffusion\) accepted the key/).waitFor();
    expect(await focused()).toMatchObject({ tag: "button", text: "Save & test" });
    expect(await card.textContent()).not.toMatch(/stable_diffusion/);
    await page.unroute("**/api/media/configure");
    await page.getByTestId("stable_diffusion-state").getByText(/Configured on the server/).waitFor();
    expect(await page.getByTestId("ready-budget").textContent()).toBe("Yes (stored key)");
    await screenshots(page, "setup-configured");

    // auto now picks budget for an image, and the paid result shows in the right player.
    await page.goto(url("/media"));
    await page.locator("#description").fill("a watercolor lighthouse at dusk");
    await page.getByTestId("estimate-tier").getByText("Budget").waitFor();
    expect(await page.getByTestId("estimate-cost").textContent()).not.toBe("$0");
    await page.getByRole("button", { name: "Generate media" }).click();
    await page.locator(".result .tier-badge", { hasText: "Budget" }).waitFor();
    expect(await page.locator(".result img").getAttribute("src")).toMatch(/\.png$/);

    // Remove the stored key again (the admin token is remembered for this session).
    await page.goto(url("/media/setup"));
    await card.getByRole("button", { name: "Remove stored key" }).click();
    await card.getByText("Not configured").waitFor();
  });

  it("setup: a key kept in this browser is used for estimates and long jobs (progress, cancel)", { timeout: 90_000 }, async () => {
    const headers: Array<string | undefined> = [];
    page.on("request", (r) => {
      if (r.url().endsWith("/api/media/estimate")) headers.push(r.headers()["x-runway-key"]);
    });
    const runwayKey = `key_${"ab12".repeat(32)}`;
    await page.goto(url("/media/setup"));
    const card = page.getByTestId("provider-runway");
    await card.getByLabel("API key", { exact: true }).fill(runwayKey);
    await card.getByLabel("In this browser only").check();
    await card.getByRole("button", { name: "Save in this browser" }).click();
    await page.getByTestId("runway-state").getByText(/kept in this browser/).waitFor();
    expect(await page.getByTestId("ready-premium").textContent()).toBe("Yes (this browser)");

    await page.goto(url("/media"));
    await page.getByRole("radio", { name: "Video" }).check();
    await page.getByRole("radio", { name: "Premium" }).check();
    await page.locator("#description").fill("a 5 second drone shot over a coastline");
    await page.getByTestId("estimate-tier").getByText("Premium").waitFor();
    expect(headers.at(-1)).toBe(runwayKey);

    // A long premium video becomes a job: a real progress bar, then the video player.
    await page.locator("#description").fill("a drone shot over a coastline [fake:slow]");
    await page.getByRole("button", { name: "Generate media" }).click();
    await page.locator(".result progress").waitFor();
    await page.locator(".result video").waitFor({ timeout: 20_000 });
    expect(await page.locator(".result .tier-badge").textContent()).toBe("Premium");
    await screenshots(page, "media-video");

    // ...and another one can be cancelled while it runs.
    const cancelled = page.waitForResponse((r) => /\/api\/media\/jobs\/[^/]+$/.test(r.url()) && r.request().method() === "DELETE");
    await page.locator("#description").fill("a slow pan across a harbour [fake:slow]");
    await page.getByRole("button", { name: "Generate media" }).click();
    await page.locator(".result progress").waitFor();
    await page.getByRole("button", { name: "Cancel" }).focus();
    await page.keyboard.press("Enter");
    expect((await cancelled).status()).toBe(200);
    await page.locator(".result").getByText("Cancelled.").waitFor();
    // Cancel goes away with the progress bar; focus returns to Generate, not to the page.
    expect(await focused()).toMatchObject({ tag: "button", text: "Generate media" });

    await page.goto(url("/media/setup"));
    await card.getByRole("button", { name: "Remove browser key" }).focus();
    await page.keyboard.press("Enter");
    expect(await page.getByTestId("ready-premium").textContent()).toBe("No");
    // The button is gone with the key; focus stays in the card, on the key field.
    expect(await focused()).toMatchObject({ tag: "input", id: "runway-key" });
    expect(await page.evaluate(() => localStorage.getItem("edge-media.keys"))).toBeNull();

    // The paid results count in usage, with their cost.
    await page.goto(url("/media/usage"));
    await page.getByTestId("tier-row-premium").locator("td").first().getByText("1").waitFor();
    expect(await page.getByTestId("total-cost").textContent()).not.toBe("$0");
    await page.locator(".chart path.line").waitFor();
    await screenshots(page, "usage-paid");
  });

  it("raised no page errors", () => {
    expect(errors).toEqual([]);
  });

  // Last: it stops the worker (and starts it again), so nothing after it depends on the API.
  it("says the API cannot be reached when the worker is stopped, with a Retry that works once it is back", { timeout: 120_000 }, async () => {
    const worker = e2e.worker!;
    const status = () => fetch(`${e2e.apiURL}/api/media/status`).then((r) => r.status, () => 0);
    process.kill(-worker.pid, "SIGTERM");
    await expect.poll(status, { timeout: 15_000 }).toBe(0);

    // A fresh /media says so at once (not "the provider failed"), and so does typing.
    await page.goto(url("/media"));
    const notice = page.getByTestId("error-notice");
    await notice.getByText("Cannot reach the API.").waitFor();
    expect(await page.locator("body").textContent()).not.toMatch(/provider failed/i);
    expect(await notice.getByRole("button", { name: "Retry" }).isVisible()).toBe(true);
    await page.locator("#description").fill("a lighthouse");
    await page.getByTestId("estimate-cost").getByText("—").waitFor();
    await page.getByText("No estimate: the API cannot be reached.").waitFor();
    await screenshots(page, "media-api-down");

    for (const p of ["/media/history", "/media/usage"]) {
      await page.goto(url(p));
      await notice.getByText("Cannot reach the API.").waitFor();
      expect(await notice.getByRole("button", { name: "Retry" }).isVisible()).toBe(true);
    }
    await screenshots(page, "usage-api-down");

    // Setup does not claim "not configured" when it could not ask.
    await page.goto(url("/media/setup"));
    await notice.getByText("Cannot reach the API.").waitFor();
    await page.getByTestId("stable_diffusion-state").getByText(/Status unknown/).waitFor();
    expect(await page.getByTestId("ready-budget").textContent()).toBe("Unknown");
    expect(await page.locator("body").textContent()).not.toMatch(/Not configured/);
    await screenshots(page, "setup-api-down");

    // Start the same worker again (same state, same port); Retry then recovers without reloading the page.
    // It keeps serving the test files after this one; the global teardown stops it (restartedPidFile).
    const restarted = spawn(worker.command, worker.args, { cwd: worker.cwd, env: { ...process.env, ...worker.env }, stdio: "ignore", detached: true });
    writeFileSync(worker.restartedPidFile, String(restarted.pid));
    await expect.poll(status, { timeout: 90_000, interval: 500 }).toBe(200);
    await notice.getByRole("button", { name: "Retry" }).click();
    await notice.waitFor({ state: "detached" });
    await page.getByTestId("stable_diffusion-state").getByText(/Not configured/).waitFor();
    expect(await page.getByTestId("ready-budget").textContent()).toBe("No");
  });
});
