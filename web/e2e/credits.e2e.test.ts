import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, screenshots, watchErrors } from "./browser";

const e2e = inject("e2e");

// The operator tops up a client key's prepaid credit on /media/keys at phone width, by keyboard, sees the new balance
// and the ledger at once, removes some, and is told in plain words when an amount cannot be right.
describe.skipIf(e2e.skip !== null)("prepaid credits in Chromium: top up, remove, refuse a bad amount", () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const name = `credits key ${Date.now()}`;
  const keyCard = () => page.getByTestId("key-item").filter({ hasText: name });
  const panel = () => keyCard().getByTestId("key-credits");
  const balance = () => panel().getByTestId("credit-balance").textContent();
  const rows = () => panel().getByTestId("credit-row").allTextContents();
  const noSideScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  async function change(amount: string, reason: string) {
    await panel().getByLabel("Amount (US$)").fill(amount);
    const field = panel().getByLabel("Reason");
    await field.fill(reason);
    await field.press("Enter");
  }

  beforeAll(async () => {
    // The key is made through the API: this file is about its credits, keys.e2e covers making one in the page.
    const res = await fetch(`${e2e.apiURL}/api/keys`, {
      method: "POST",
      headers: { Authorization: `Bearer ${e2e.adminToken}`, "Content-Type": "application/json" },
      body: JSON.stringify({ name }),
    });
    if (res.status !== 201) throw new Error(`creating the key: ${res.status} ${await res.text()}`);
    browser = await launch(e2e.chromium);
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    page = await context.newPage();
    page.setDefaultTimeout(20_000); // CI shares two cores with the workerd suites: a loaded page can take seconds
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("opens a key's credits: no credit yet, balance $0", async () => {
    await page.goto(`${e2e.baseURL}/media/keys`);
    const token = page.getByLabel("Admin token");
    await token.fill(e2e.adminToken);
    await token.press("Enter");
    await keyCard().waitFor();
    expect(await keyCard().getByTestId("key-credit").textContent()).toBe("none");

    const toggle = keyCard().getByRole("button", { name: /Credits/ });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await toggle.focus();
    await page.keyboard.press("Enter");
    await panel().getByText("No credit yet").waitFor();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await balance()).toBe("$0");
  });

  it("tops up $5 and shows the new balance and the ledger row at once", async () => {
    await change("5", "prepaid invoice 1042");
    await panel().getByTestId("credit-done").filter({ hasText: "Added $5.00. The balance is now $5.00." }).waitFor();
    expect(await balance()).toBe("$5.00");
    expect(await rows()).toEqual([expect.stringMatching(/\+\$5\.00\s*prepaid invoice 1042/)]);
    // The form is empty again, ready for the next change, and the card's summary followed.
    expect(await panel().getByLabel("Amount (US$)").inputValue()).toBe("");
    await expect.poll(() => keyCard().getByTestId("key-credit").textContent()).toBe("$5.00");
    expect(await noSideScroll()).toBe(true);
    await screenshots(page, "credits-topped-up");
  });

  it("removes $1.50 with a negative amount; the newest row comes first", async () => {
    await change("-1.50", "refund");
    await panel().getByTestId("credit-done").filter({ hasText: "Removed $1.50. The balance is now $3.50." }).waitFor();
    expect(await balance()).toBe("$3.50");
    const ledger = await rows();
    expect(ledger).toHaveLength(2);
    expect(ledger[0]).toMatch(/−\$1\.50\s*refund/);
    expect(ledger[1]).toMatch(/\+\$5\.00\s*prepaid invoice 1042/);
  });

  it("refuses a zero or unreadable amount under the field, in words, and changes nothing", async () => {
    const amount = panel().getByLabel("Amount (US$)");
    for (const bad of ["0", "five dollars"]) {
      await change(bad, "should not count");
      const problem = panel().locator(`#${await amount.getAttribute("aria-describedby")}`);
      await problem.filter({ hasText: "Enter an amount in dollars other than 0" }).waitFor();
      expect(await amount.getAttribute("aria-invalid")).toBe("true");
      // Focus goes back to the field to fix.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(await amount.getAttribute("id"));
    }
    expect(await balance()).toBe("$3.50");
    expect(await rows()).toHaveLength(2);
    await screenshots(page, "credits-bad-amount");

    // Fixing it clears the problem.
    await change("0.25", "goodwill");
    await panel().getByTestId("credit-done").filter({ hasText: "The balance is now $3.75." }).waitFor();
    expect(await amount.getAttribute("aria-invalid")).toBeNull();
    expect(await rows()).toHaveLength(3);
  });

  it("raised no page errors", () => {
    expect(errors).toEqual([]);
  });
});
