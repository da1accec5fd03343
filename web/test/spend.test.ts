import { describe, expect, it } from "vitest";
import { activeAlerts, type Spend } from "../src/lib/spend";

const spend = (global: number, limit: number | null, key?: { spent: number; budget: number | null }): Spend => ({
  period: "2026-12",
  global: { limit_usd: limit, spent_usd: global, held_usd: 0, remaining_usd: limit === null ? null : Math.max(0, limit - global) },
  key: key ? { budget_usd: key.budget, spent_usd: key.spent, held_usd: 0, remaining_usd: key.budget === null ? null : key.budget - key.spent } : null,
  credits: null,
});

describe("budget alerts shown on the usage page", () => {
  it("names the highest threshold each budget has reached, as the server alerts", () => {
    expect(activeAlerts(spend(4.99, 10))).toEqual([]);
    expect(activeAlerts(spend(5, 10))).toEqual([{ name: "Monthly spend limit", threshold: 50, spent_usd: 5, budget_usd: 10 }]);
    expect(activeAlerts(spend(8, 10, { spent: 0.2, budget: 0.2 })).map((a) => [a.name, a.threshold])).toEqual([
      ["Monthly spend limit", 80],
      ["This key's monthly budget", 100],
    ]);
  });

  it("shows nothing without a limit or without spend data", () => {
    expect(activeAlerts(spend(100, null))).toEqual([]);
    expect(activeAlerts(undefined)).toEqual([]);
  });
});
