import { describe, expect, it } from "vitest";
import { ApiError } from "../src/lib/api";
import { checkCreditChange, fieldProblem, parseAmount } from "../src/lib/credits";

describe("the keys page's credit form", () => {
  it("reads amounts the way people write dollars, to the micro-dollar", () => {
    expect(parseAmount("5")).toBe(5);
    expect(parseAmount(" -2.50 ")).toBe(-2.5);
    expect(parseAmount("$10")).toBe(10);
    expect(parseAmount("-$3")).toBe(-3);
    expect(parseAmount("1,000.25")).toBe(1000.25);
    expect(parseAmount(".5")).toBe(0.5);
    expect(parseAmount("0.000001")).toBe(0.000001);
    for (const bad of ["", "abc", "5 dollars", "1e3", "0.0000001", "--5", "1,00"]) expect(parseAmount(bad), bad).toBeNull();
  });

  it("refuses zero, too much, no reason, and says what to do for each field", () => {
    const zero = checkCreditChange("0", "");
    expect(zero).toEqual({ problems: { amount: expect.stringContaining("other than 0"), reason: expect.stringContaining("Say why") } });
    expect(checkCreditChange("100001", "x")).toEqual({ problems: { amount: expect.stringContaining("$100,000") } });
    expect(checkCreditChange("-100000", "  refund ")).toEqual({ body: { amount_usd: -100000, reason: "refund" } });
    expect(checkCreditChange("5", "x".repeat(201))).toEqual({ problems: { reason: expect.stringContaining("200") } });
  });

  it("puts the API's own refusal under the field it names, in the same words", () => {
    const amount = new ApiError(400, "invalid_request", "amount_usd: must be non-zero", [{ path: "amount_usd", message: "x" }]);
    expect(fieldProblem(amount)?.amount).toContain("other than 0");
    expect(fieldProblem(new ApiError(400, "invalid_request", "reason", [{ path: "reason", message: "x" }]))?.reason).toContain("Say why");
    expect(fieldProblem(new ApiError(404, "not_found", "No key"))).toBeNull();
  });
});
