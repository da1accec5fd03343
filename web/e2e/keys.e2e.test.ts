import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, screenshots, watchErrors } from "./browser";

const e2e = inject("e2e");

// The operator makes a client key on /media/keys at phone width, by keyboard where a person would; a user pastes it
// into the header's API key control and from then on is that key: its own history, usage and limits.
describe.skipIf(e2e.skip !== null)("client keys in Chromium: create, use, edit, revoke", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let secret = "";
  const url = (p: string) => `${e2e.baseURL}${p}`;
  const name = `e2e key ${Date.now()}`;
  const keyCard = () => page.getByTestId("key-item").filter({ hasText: name });
  const noSideScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  beforeAll(async () => {
    browser = await launch(e2e.chromium);
    context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: e2e.baseURL });
    page = await context.newPage();
    page.setDefaultTimeout(20_000); // CI shares two cores with the workerd suites: a loaded page can take seconds
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("asks for the admin token once, then creates a key shown once with a copy button", async () => {
    await page.goto(url("/media/keys"));
    const token = page.getByLabel("Admin token");
    await token.fill("not-the-token");
    await token.press("Enter");
    await page.getByRole("alert").filter({ hasText: /API key|token/i }).waitFor();
    await token.fill(e2e.adminToken);
    await token.press("Enter");
    await page.getByRole("heading", { name: "New key" }).waitFor();

    // By keyboard: name, then the Budget tier (Space), a rate limit, and Enter.
    await page.locator("#create-name").fill(name);
    await page.getByRole("checkbox", { name: "Budget" }).focus();
    await page.keyboard.press("Space");
    await page.locator("#create-rate").fill("20");
    await page.locator("#create-budget").fill("5");
    await page.locator("#create-budget").press("Enter");

    const created = page.getByTestId("created-key");
    await created.waitFor();
    expect(await created.textContent()).toContain("you will not see it again");
    secret = await page.locator("#new-key").inputValue();
    expect(secret).toMatch(/^emk_[0-9A-Za-z]{40}$/);
    await created.getByRole("button", { name: "Copy" }).click();
    await created.getByRole("button", { name: "Copied" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    expect(await noSideScroll()).toBe(true);
    await screenshots(page, "keys-created");

    await created.getByRole("button", { name: /Done/ }).click();
    expect(await page.getByTestId("created-key").count()).toBe(0);
    expect(await keyCard().textContent()).toContain("Free, Budget");
    expect(await keyCard().getByTestId("key-usage").textContent()).toBe("0 generations, $0");
    // The secret is nowhere on the page any more.
    expect(await page.content()).not.toContain(secret);
  });

  it("anonymous until a key is pasted in the header; then every request is that key's", async () => {
    await page.goto(url("/media"));
    const trigger = page.getByTestId("api-key-button");
    expect(await trigger.textContent()).toContain("API key: none");
    // Keyboard: focus the control, open it with Enter, Escape closes it and focus comes back.
    await trigger.focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("caller-summary").filter({ hasText: "Anonymous" }).waitFor();
    await page.keyboard.press("Escape");
    expect(await page.getByTestId("caller-summary").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("api-key-button");

    await page.keyboard.press("Enter");
    const field = page.getByLabel("Client API key");
    await field.fill("emk_notARealKey");
    await field.press("Enter");
    await page.getByRole("alert").filter({ hasText: "emk_" }).waitFor();
    await field.fill(`emk_${"Z".repeat(40)}`);
    await field.press("Enter");
    await page.getByRole("alert").filter({ hasText: "Unknown API key" }).waitFor();
    await field.fill(secret);
    await Promise.all([page.waitForEvent("load"), field.press("Enter")]);

    expect(await page.getByTestId("api-key-button").textContent()).toContain(secret.slice(0, 10));
    await page.getByTestId("api-key-button").click();
    await page.getByTestId("caller-summary").filter({ hasText: name }).waitFor();
    expect(await page.getByTestId("caller-summary").textContent()).toContain("20 generations a minute");
    expect(await noSideScroll()).toBe(true);
    await screenshots(page, "keys-header");
    await page.keyboard.press("Escape");

    // A generation as the key: its usage shows exactly that one.
    await page.locator("#description").fill(`made with a client key ${Date.now()}`);
    await page.getByRole("button", { name: "Generate media" }).click();
    await page.locator(".result img").waitFor();
    await page.goto(url("/media/usage"));
    await expect.poll(async () => (await page.getByTestId("total-generated").textContent())?.replace(/\D/g, "")).toBe("1");
  });

  it("lists the key's usage, edits its limit, and revokes it only after confirming", async () => {
    await page.goto(url("/media/keys"));
    // The admin token was kept for this tab: not asked again.
    await keyCard().waitFor();
    expect(await page.getByLabel("Admin token").count()).toBe(0);
    expect(await keyCard().getByTestId("key-usage").textContent()).toBe("1 generation, $0");

    await keyCard().getByRole("button", { name: /Edit/ }).click();
    const rate = keyCard().getByLabel("Generations per minute");
    await rate.fill("5");
    await rate.press("Enter");
    await keyCard().getByText("5 a minute").waitFor();

    await keyCard().getByRole("button", { name: /Revoke/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("will be refused").waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await keyCard().locator(".state").textContent()).toBe("active");

    await keyCard().getByRole("button", { name: /Revoke/ }).click();
    await dialog.getByRole("button", { name: "Revoke key" }).click();
    await expect.poll(() => keyCard().locator(".state").textContent()).toBe("revoked");
    expect(await keyCard().getByRole("button", { name: /Revoke/ }).count()).toBe(0);
    await screenshots(page, "keys-revoked");
  });

  it("a revoked key is refused at once; forgetting it makes the tab anonymous again", async () => {
    await page.goto(url("/media"));
    await page.getByTestId("api-key-button").click();
    await page.getByTestId("caller-summary").filter({ hasText: "revoked" }).waitFor();
    await Promise.all([page.waitForEvent("load"), page.getByTestId("forget-key").click()]);
    expect(await page.getByTestId("api-key-button").textContent()).toContain("API key: none");
  });

  it("raised no page errors", () => {
    // 401s for the wrong token and key are expected answers in the network log, not page bugs.
    expect(errors).toEqual([]);
  });
});
