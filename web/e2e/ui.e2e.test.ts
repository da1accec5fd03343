import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, screenshots, watchErrors } from "./browser";

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
    page.setDefaultTimeout(8_000);
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function usageTotal(): Promise<number> {
    await page.goto(url("/media/usage"));
    const text = await page.getByTestId("total-generated").textContent();
    return Number(text?.replace(/\D/g, ""));
  }

  it("leads from / to /media", async () => {
    await page.goto(url("/"));
    await page.waitForURL(/\/media$/);
    await expect(page.getByRole("heading", { name: "Generate" }).isVisible()).resolves.toBe(true);
    expect(await page.getByRole("link", { name: "Generate" }).getAttribute("aria-current")).toBe("page");
  });

  it("loads /media with under 80 KB of gzipped JavaScript", async () => {
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
    expect(gz).toBeLessThan(80 * 1024);
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

    // A tier that is not configured says so next to the tier choice, with the way to fix it.
    await page.getByRole("radio", { name: "Premium" }).check();
    await expect.poll(() => bodies.at(-1)?.tier).toBe("premium");
    await page.locator("#tier-error").getByText(/not configured/).waitFor();
    expect(await page.getByRole("link", { name: /Set up paid providers/ }).isVisible()).toBe(true);

    await page.getByRole("radio", { name: "Free" }).check();
    await page.getByTestId("estimate-tier").getByText("Free").waitFor();
    expect(await page.locator("#tier-error").textContent()).toBe("");
  });

  let before = 0;
  it("generates a free image and shows it with its details", async () => {
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
    await screenshots(page, "usage");
  });

  it("shows the new item in history, filters it, and opens its detail", async () => {
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

  it("pages through history with Load more", async () => {
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

  it("shows errors next to their cause, and when a rate-limited user may try again", async () => {
    await page.goto(url("/media"));
    await page.getByRole("button", { name: "Generate media" }).click();
    await page.locator("#description-error").getByText(/Describe what you want/).waitFor();
    expect(await page.locator("#description").getAttribute("aria-invalid")).toBe("true");

    // The worker's limiter is exercised in its own tests; here the browser gets the 429 it would send.
    await page.route("**/api/media/generate", (route) =>
      route.fulfill({
        status: 429,
        headers: { "Content-Type": "application/json", "Retry-After": "42" },
        body: JSON.stringify({ error: { code: "rate_limited", message: "Too many generate requests: 30 per minute." } }),
      }),
    );
    await page.locator("#description").fill("a tiny robot mascot");
    await page.getByRole("button", { name: "Generate media" }).click();
    const alert = page.getByRole("alert");
    await alert.getByText("Too many generate requests").waitFor();
    expect(await page.getByTestId("retry-at").textContent()).toMatch(/try again in (4[0-2]|3\d) s/);
    await screenshots(page, "media-rate-limited");
    await page.unroute("**/api/media/generate");
  });

  it("setup: a bad key shows the provider's reason, a good key is saved, tested and used by auto", async () => {
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
    await card.getByRole("button", { name: "Save & test" }).click();
    await result.getByText(/Successfully configured/).waitFor();
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

  it("setup: a key kept in this browser is used for estimates and long jobs (progress, cancel)", async () => {
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
    await page.getByRole("button", { name: "Cancel" }).click();
    expect((await cancelled).status()).toBe(200);
    await page.locator(".result").getByText("Cancelled.").waitFor();

    await page.goto(url("/media/setup"));
    await card.getByRole("button", { name: "Remove browser key" }).click();
    expect(await page.getByTestId("ready-premium").textContent()).toBe("No");
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
});
