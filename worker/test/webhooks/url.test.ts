import { describe, expect, it } from "vitest";
import { ApiError } from "../../src/errors";
import { checkWebhookUrl, isDevelopmentRequest } from "../../src/webhooks/url";

const prod = { development: false };
const dev = { development: true };

function refusal(url: string, opts = prod): string {
  try {
    checkWebhookUrl(url, opts);
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(400);
    expect((err as ApiError).code).toBe("invalid_webhook_url");
    return (err as ApiError).message;
  }
  throw new Error(`${url} was accepted`);
}

describe("webhook URL checks", () => {
  it("accepts public https URLs", () => {
    expect(checkWebhookUrl("https://hooks.example.com/media?x=1", prod)).toBe("https://hooks.example.com/media?x=1");
    expect(checkWebhookUrl("https://93.184.216.34:8443/h", prod)).toBe("https://93.184.216.34:8443/h");
  });

  it("refuses http, other schemes, credentials, junk and URLs over 2,000 characters, naming the problem", () => {
    expect(refusal("http://hooks.example.com/h")).toContain("must use https");
    expect(refusal("ftp://hooks.example.com/h")).toContain("must use https, not ftp");
    expect(refusal("https://user:pw@hooks.example.com/h")).toContain("credentials");
    expect(refusal("not a url")).toContain("not a valid absolute URL");
    expect(refusal(`https://hooks.example.com/${"a".repeat(2000)}`)).toContain("at most 2000 characters");
  });

  it("refuses private, loopback and link-local addresses in production, however they are written", () => {
    for (const url of [
      "https://localhost/h",
      "https://127.0.0.1/h",
      "https://2130706433/h", // 127.0.0.1 as one number
      "https://0x7f.1/h",
      "https://10.1.2.3/h",
      "https://172.20.0.1/h",
      "https://192.168.1.10/h",
      "https://169.254.169.254/latest/meta-data",
      "https://100.64.0.1/h",
      "https://0.0.0.0/h",
      "https://[::1]/h",
      "https://[fd00::1]/h",
      "https://[fe80::1]/h",
      "https://[::ffff:127.0.0.1]/h",
      "https://[::ffff:10.0.0.1]/h",
      "https://printer.local/h",
      "https://db.internal/h",
      "https://intranet/h",
    ]) {
      expect(refusal(url)).toContain("private, loopback or link-local");
    }
  });

  it("allows http only to localhost, and only while the worker itself runs locally", () => {
    expect(checkWebhookUrl("http://localhost:9000/h", dev)).toBe("http://localhost:9000/h");
    expect(checkWebhookUrl("http://127.0.0.1:9000/h", dev)).toBe("http://127.0.0.1:9000/h");
    expect(refusal("http://hooks.example.com/h", dev)).toContain("must use https");
    expect(refusal("http://localhost:9000/h", prod)).toContain("must use https");
    expect(isDevelopmentRequest("http://127.0.0.1:8787/api/media/generate")).toBe(true);
    expect(isDevelopmentRequest("https://media.example.com/api/media/generate")).toBe(false);
  });
});
