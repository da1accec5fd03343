import type { ApiError } from "./api";
import { TIER_LABEL } from "./format";
import type { Tier } from "./types";

// The API speaks to developers ("options.duration_s: Too big", "POST /api/media/configure ... X-HF-Key header").
// People using the form get the same facts in the form's own words; the operator instructions stay on the setup page.

/** The form's name for each request field the API may name. */
const FIELD_NAMES: Record<string, string> = {
  description: "The description",
  "options.duration_s": "Length",
  "options.seed": "Seed",
  "options.width": "Width",
  "options.height": "Height",
  media_type: "Media type",
  tier: "Tier",
};

const UNITS: Record<string, string> = { "options.duration_s": " seconds", "options.width": " pixels", "options.height": " pixels" };

const isTier = (t: string | undefined): t is Tier => t === "free" || t === "budget" || t === "premium";

/** "Length can be at most 30 seconds" from zod's "Too big: expected number to be <=30". */
function fieldMessage(field: string, raw: string): string {
  const name = FIELD_NAMES[field] ?? field;
  const unit = UNITS[field] ?? "";
  const range = /(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)/.exec(raw);
  if (range) return `${name} must be ${range[1]} to ${Number(range[2]).toLocaleString("en")}${unit === " seconds" ? unit : field === "description" ? " characters" : unit}.`;
  const most = /<=?\s*(\d+(?:\.\d+)?)/.exec(raw);
  if (most) return `${name} can be at most ${Number(most[1]).toLocaleString("en")}${unit}.`;
  const least = />=?\s*(\d+(?:\.\d+)?)/.exec(raw);
  if (least) return `${name} must be at least ${least[1]}${unit}.`;
  if (/expected int|integer/i.test(raw)) return `${name} must be a whole number.`;
  return `${name} is not valid.`;
}

/** An API error in the words of the generate form. */
export function plainMessage(error: ApiError): string {
  if (error.unreachable) return error.message;
  if (error.status === 429) return "You have made many requests in the last minute.";
  if (error.code === "tier_not_configured") {
    const tier = /The (\w+) tier/.exec(error.message)?.[1];
    return `${isTier(tier) ? TIER_LABEL[tier] : "This tier"} is not set up yet. Pick Auto or Free, or set it up first.`;
  }
  if (error.code === "unsupported_media_type") {
    const m = /The (\w+) tier cannot make (\w+)/.exec(error.message);
    if (m && isTier(m[1])) return `${TIER_LABEL[m[1]]} cannot make ${m[2]}. Pick another tier or media type.`;
    const what = /cannot make (\w+)|can make (\w+)/.exec(error.message);
    return `None of the tiers set up here can make ${what?.[1] ?? what?.[2] ?? "this"} yet.`;
  }
  if (error.code === "invalid_key_format") return "A provider key saved in this browser does not look right. Check it on the Setup page.";
  if (error.code === "invalid_request" && error.field) {
    const detail = Array.isArray(error.details) ? (error.details[0] as { message?: string } | undefined)?.message : undefined;
    return fieldMessage(error.field, detail ?? error.message);
  }
  if (error.code === "payload_too_large") return "The request is too large. Shorten the description.";
  return error.message;
}
