import { describe, expect, it } from "vitest";
import { ApiError } from "../src/lib/api";
import { count, duration, extension, money, playerFor, retryIn } from "../src/lib/format";
import { buildBody, errorPlace } from "../src/lib/request";

const base = { description: "  a dashboard ", tier: "auto" as const, size: "1280x720", durationS: 5, seed: "" };

describe("request body from the form", () => {
  it("sends size for images, size and length for video, length only for audio", () => {
    expect(buildBody({ ...base, mediaType: "image" })).toEqual({ description: "a dashboard", media_type: "image", tier: "auto", options: { width: 1280, height: 720 } });
    expect(buildBody({ ...base, mediaType: "video" }).options).toEqual({ width: 1280, height: 720, duration_s: 5 });
    expect(buildBody({ ...base, mediaType: "audio", durationS: 2.5 }).options).toEqual({ duration_s: 2.5 });
  });

  it("sends a seed only when it is a whole number", () => {
    expect(buildBody({ ...base, mediaType: "image", seed: "42" }).options?.seed).toBe(42);
    expect(buildBody({ ...base, mediaType: "image", seed: "abc" }).options?.seed).toBeUndefined();
  });
});

describe("where an error is shown", () => {
  it("puts each error next to what caused it", () => {
    expect(errorPlace(new ApiError(400, "invalid_request", "m", [{ path: "description", message: "" }]))).toBe("description");
    expect(errorPlace(new ApiError(400, "invalid_request", "m", [{ path: "options.duration_s", message: "" }]))).toBe("duration");
    expect(errorPlace(new ApiError(400, "invalid_request", "m", [{ path: "options.seed", message: "" }]))).toBe("seed");
    expect(errorPlace(new ApiError(400, "invalid_request", "m", [{ path: "options.width", message: "" }]))).toBe("options");
    expect(errorPlace(new ApiError(409, "tier_not_configured", "m"))).toBe("tier");
    expect(errorPlace(new ApiError(422, "unsupported_media_type", "m"))).toBe("media_type");
    expect(errorPlace(new ApiError(429, "rate_limited", "m"))).toBe("general");
  });
});

describe("formatting", () => {
  it("speaks money, time and retry delays plainly", () => {
    expect([money(0), money(0.0012), money(0.05), money(1.2)]).toEqual(["$0", "$0.0012", "$0.05", "$1.20"]);
    expect([duration(35), duration(3500), duration(125_000)]).toEqual(["35 ms", "3.5 s", "2 min 5 s"]);
    expect([retryIn(new Date(10_500), 0), retryIn(new Date(0), 10), retryIn(new Date(150_000), 0)]).toEqual(["in 11 s", "now", "in 3 min"]);
    expect([count(0, "generation"), count(1, "generation"), count(12, "generation")]).toEqual(["0 generations", "1 generation", "12 generations"]);
  });

  it("picks the player and file extension from the content type", () => {
    expect(playerFor("image/svg+xml")).toBe("img");
    expect(playerFor("video/mp4")).toBe("video");
    expect(playerFor("audio/wav")).toBe("audio");
    expect(extension("image/svg+xml")).toBe("svg");
    expect(extension("audio/wav")).toBe("wav");
  });
});
