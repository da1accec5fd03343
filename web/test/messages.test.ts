import { describe, expect, it } from "vitest";
import { ApiError } from "../src/lib/api";
import { plainMessage } from "../src/lib/messages";
import { fieldProblems } from "../src/lib/request";

const invalid = (path: string, message: string) => new ApiError(400, "invalid_request", `${path}: ${message}`, [{ path, message }]);

describe("API errors in the form's words", () => {
  it("names fields as the form does, with the limit, never the request path", () => {
    expect(plainMessage(invalid("options.duration_s", "Too big: expected number to be <=30"))).toBe("Length can be at most 30 seconds.");
    expect(plainMessage(invalid("options.duration_s", "Too small: expected number to be >=0.5"))).toBe("Length must be at least 0.5 seconds.");
    expect(plainMessage(invalid("options.duration_s", "video duration_s must be 1-30 seconds"))).toBe("Length must be 1 to 30 seconds.");
    expect(plainMessage(invalid("description", "description must be 1-2000 characters"))).toBe("The description must be 1 to 2,000 characters.");
    expect(plainMessage(invalid("options.seed", "Invalid input: expected int, received number"))).toBe("Seed must be a whole number.");
  });

  it("says which tier is not set up, without the operator's instructions", () => {
    const err = new ApiError(409, "tier_not_configured", 'The premium tier (Runway) is not configured: configure a Runway key (POST /api/media/configure, the RUNWAY_API_KEY secret, or an X-Runway-Key header), or use tier "free" or "auto".');
    const text = plainMessage(err);
    expect(text).toBe("Premium is not set up yet. Pick Auto or Free, or set it up first.");
    expect(text).not.toMatch(/POST|X-Runway-Key|RUNWAY_API_KEY/);
  });

  it("says what a tier cannot make", () => {
    expect(plainMessage(new ApiError(422, "unsupported_media_type", "The budget tier cannot make video; it supports: image."))).toBe("Budget cannot make video. Pick another tier or media type.");
  });

  it("passes through an unreachable API's message and words a 429 without a second countdown", () => {
    const down = new ApiError(0, "network_error", "The Edge Media API cannot be reached right now.");
    expect(plainMessage(down)).toBe(down.message);
    const limited = new ApiError(429, "rate_limited", "Rate limit of 30 generations per minute reached; retry in 57 s.");
    expect(plainMessage(limited)).not.toMatch(/\d+ s/);
  });
});

describe("field problems the form finds itself", () => {
  it("checks the length against the media type's range, and only when there is one", () => {
    expect(fieldProblems({ mediaType: "audio", durationS: 40, seed: "" })).toEqual({ duration: "Length can be at most 30 seconds." });
    expect(fieldProblems({ mediaType: "video", durationS: 0.5, seed: "" }).duration).toBe("Length must be at least 1 second for video.");
    expect(fieldProblems({ mediaType: "audio", durationS: 0.5, seed: "" })).toEqual({});
    expect(fieldProblems({ mediaType: "audio", durationS: null, seed: "" })).toEqual({});
    expect(fieldProblems({ mediaType: "image", durationS: 99, seed: "" })).toEqual({});
  });

  it("names a seed that is not a whole number instead of dropping it", () => {
    expect(fieldProblems({ mediaType: "image", durationS: null, seed: "abc" }).seed).toMatch(/whole number/);
    expect(fieldProblems({ mediaType: "image", durationS: null, seed: "4294967296" }).seed).toMatch(/at most/);
    expect(fieldProblems({ mediaType: "image", durationS: null, seed: " 42 " })).toEqual({});
  });
});
