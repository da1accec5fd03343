// Reads a job's live progress stream (GET /api/media/jobs/{id}/events, Server-Sent Events) from a fetch Response.
// fetch rather than EventSource: it can send the same headers as every other call, and it tells us when the
// stream breaks, so the caller can fall back to polling.

export interface JobEvent {
  event: string;
  id: string | undefined;
  data: unknown;
}

/** The final events; each ends the stream. */
export const FINAL_EVENTS = new Set(["done", "failed", "cancelled"]);

/**
 * Calls `onEvent` for every event until a final one, and returns that final event. Throws when the stream ends
 * or breaks before it (the caller falls back to polling).
 */
export async function readJobEvents(body: ReadableStream<Uint8Array>, onEvent: (e: JobEvent) => void, signal?: AbortSignal): Promise<JobEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const stop = () => void reader.cancel().catch(() => undefined);
  signal?.addEventListener("abort", stop, { once: true });
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error("the progress stream ended before the job did");
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, "\n");
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name: string) => block.split("\n").filter((l) => l.startsWith(`${name}:`)).map((l) => l.slice(name.length + 1).replace(/^ /, ""));
        const data = field("data");
        if (data.length === 0) continue; // comments, retry: lines
        const event: JobEvent = { event: field("event")[0] ?? "message", id: field("id")[0], data: JSON.parse(data.join("\n")) };
        if (FINAL_EVENTS.has(event.event)) return event;
        onEvent(event);
      }
    }
  } finally {
    signal?.removeEventListener("abort", stop);
    stop();
  }
}
