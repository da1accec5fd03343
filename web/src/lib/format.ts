import type { MediaType, Tier } from "./types";

/** Dollars in a way people read them: $0, $0.0012, $0.05, $1.20. */
export function money(dollars: number): string {
  if (dollars === 0) return "$0";
  if (Math.abs(dollars) < 0.01) return `$${Number(dollars.toPrecision(2))}`;
  return `$${dollars.toFixed(2)}`;
}

/** Durations: "35 ms", "3.5 s", "2 min 5 s". */
/** "1 generation", "3 generations": a count with its noun. */
export function count(n: number, noun: string): string {
  return `${n.toLocaleString()} ${noun}${n === 1 ? "" : "s"}`;
}

export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(1))} s`;
  const min = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return s ? `${min} min ${s} s` : `${min} min`;
}

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** "in 42 s" / "now", for when a rate-limited user may try again. */
export function retryIn(at: Date, now = Date.now()): string {
  const s = Math.ceil((at.getTime() - now) / 1000);
  if (s <= 0) return "now";
  return s < 60 ? `in ${s} s` : `in ${Math.ceil(s / 60)} min`;
}

export const TIER_LABEL: Record<Tier, string> = { free: "Free", budget: "Budget", premium: "Premium" };
export const MEDIA_LABEL: Record<MediaType, string> = { image: "Image", video: "Video", audio: "Audio" };

/** File extension for a download name, from the stored content type. */
export function extension(contentType: string): string {
  const type = contentType.split(";")[0]!.trim();
  const known: Record<string, string> = {
    "image/svg+xml": "svg",
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/webp": "webp",
    "video/mp4": "mp4",
    "video/webm": "webm",
    "audio/wav": "wav",
    "audio/x-wav": "wav",
    "audio/wave": "wav",
    "audio/mpeg": "mp3",
    "audio/ogg": "ogg",
  };
  return known[type] ?? type.split("/")[1] ?? "bin";
}

/** How a result is best shown: SVG (even animated) is an image; real video and audio get their elements. */
export function playerFor(contentType: string): "img" | "video" | "audio" {
  if (contentType.startsWith("video/")) return "video";
  if (contentType.startsWith("audio/")) return "audio";
  return "img";
}
