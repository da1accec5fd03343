import { ApiError } from "./api";
import { CREDIT_CHANGE_MAX, type CreditChange } from "./types";

// The keys page's credit form: what the admin typed -> the request body, or what is wrong in words they would use.

export type CreditField = "amount" | "reason";
export type CreditProblems = Partial<Record<CreditField, string>>;

const AMOUNT_WORDS = `Enter an amount in dollars other than 0, like 5 to add or -2.50 to remove (at most $${CREDIT_CHANGE_MAX.toLocaleString("en-US")} either way).`;
const REASON_WORDS = "Say why, in 1 to 200 characters (it is kept in the key's ledger).";

/** "5", "-2.50", "$10", "1,000.25" -> dollars; anything else (or more precision than a micro-dollar) -> null. */
export function parseAmount(text: string): number | null {
  const cleaned = text.trim().replace(/^([+-]?)\s*\$/, "$1").replace(/,(?=\d{3}(\D|$))/g, "");
  if (!/^[+-]?(\d+(\.\d{0,6})?|\.\d{1,6})$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

/** The body to send, or the problem with each field the admin must fix first. */
export function checkCreditChange(amountText: string, reasonText: string): { body: CreditChange } | { problems: CreditProblems } {
  const problems: CreditProblems = {};
  const amount = parseAmount(amountText);
  if (amount === null || amount === 0 || Math.abs(amount) > CREDIT_CHANGE_MAX) problems.amount = AMOUNT_WORDS;
  const reason = reasonText.trim();
  if (reason.length < 1 || reason.length > 200) problems.reason = REASON_WORDS;
  if (problems.amount || problems.reason || amount === null) return { problems };
  return { body: { amount_usd: amount, reason } };
}

/** A refusal from the API, put under the field it is about (in the same words as the checks above), if any. */
export function fieldProblem(err: ApiError): CreditProblems | null {
  if (err.status !== 400) return null;
  if (err.field === "amount_usd") return { amount: AMOUNT_WORDS };
  if (err.field === "reason") return { reason: REASON_WORDS };
  return null;
}
