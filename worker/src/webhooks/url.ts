import { ApiError } from "../errors";

// Where we agree to POST. Checked when a URL is accepted (a clear 400 then), not when a delivery fails hours later.

export const MAX_WEBHOOK_URL_LENGTH = 2000;

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Served from this machine (`wrangler dev`, tests against localhost): http to localhost receivers is fine there. */
export function isDevelopmentRequest(requestUrl: string): boolean {
  return LOOPBACK_NAMES.has(new URL(requestUrl).hostname);
}

function ipv4(host: string): number[] | null {
  const parts = host.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const nums = parts.map(Number);
  return nums.every((n) => n <= 255) ? nums : null;
}

/** Loopback, private (RFC 1918, carrier-grade NAT), link-local, unspecified, benchmarking, multicast and reserved IPv4. */
function isInternalIpv4([a = 0, b = 0]: number[]): boolean {
  return (
    a === 0 || a === 10 || a === 127 || a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19))
  );
}

/** Loopback, unspecified, unique-local (fc00::/7), link-local (fe80::/10), multicast, and IPv4-mapped internal IPv6. */
function isInternalIpv6(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (h === "::1" || h === "::") return true;
  if (/^f[cd]/.test(h) || /^fe[89ab]/.test(h) || h.startsWith("ff")) return true;
  const mapped = h.match(/^::ffff:(.+)$/);
  if (mapped) {
    const v4 = ipv4(mapped[1]!);
    if (v4) return isInternalIpv4(v4);
    // The URL parser writes mapped addresses as hex (::ffff:7f00:1): decode the last 32 bits.
    const hex = mapped[1]!.match(/^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/);
    if (hex) {
      const hi = parseInt(hex[1]!, 16);
      const lo = parseInt(hex[2]!, 16);
      return isInternalIpv4([hi >> 8, hi & 255, lo >> 8, lo & 255]);
    }
  }
  return false;
}

/** Names that only resolve inside a network (or to this machine). */
function isInternalName(host: string): boolean {
  return host === "localhost" || /\.(localhost|local|internal|lan|home\.arpa)$/.test(host) || !host.includes(".");
}

/**
 * The URL, normalised, or a 400 naming what is wrong with it: https only (http only to localhost when this
 * worker itself runs locally), no credentials, and in production no private, loopback or link-local address.
 */
export function checkWebhookUrl(raw: string, opts: { development: boolean; field?: string }): string {
  const field = opts.field ?? "webhook_url";
  const refuse = (why: string): never => {
    throw new ApiError(400, "invalid_webhook_url", `${field} ${why}`, { field });
  };
  if (raw.length > MAX_WEBHOOK_URL_LENGTH) refuse(`must be at most ${MAX_WEBHOOK_URL_LENGTH} characters (got ${raw.length})`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse("is not a valid absolute URL");
  }
  if (url.username || url.password) refuse("must not contain credentials (user:password@)");
  const host = url.hostname.toLowerCase();
  const loopbackHost = LOOPBACK_NAMES.has(host);
  if (url.protocol === "http:") {
    if (!(opts.development && loopbackHost)) refuse("must use https (http is allowed only for localhost while developing locally)");
  } else if (url.protocol !== "https:") {
    refuse(`must use https, not ${url.protocol.replace(":", "")}`);
  }
  if (!opts.development) {
    const v4 = ipv4(host);
    if ((v4 && isInternalIpv4(v4)) || (host.startsWith("[") && isInternalIpv6(host)) || (!v4 && !host.startsWith("[") && isInternalName(host))) {
      refuse(`must not point at a private, loopback or link-local address (${host})`);
    }
  }
  return url.toString();
}
