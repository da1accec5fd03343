import { get } from "svelte/store";
import { describe, expect, it, vi } from "vitest";
import type { JobProgress } from "../src/lib/api";
import { createApi } from "../src/lib/api";
import { readJobEvents } from "../src/lib/job-events";
import { createGenerator } from "../src/lib/stores/generation";
import { GENERATION } from "./helpers";

const sse = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(new TextEncoder().encode(c));
      controller.close();
    },
  });

describe("job progress over SSE", () => {
  it("parses progress events (split across chunks, with comments and retry lines) until the final one", async () => {
    const seen: unknown[] = [];
    const final = await readJobEvents(
      sse("retry: 2000\n\n: keep-alive\n\nevent: progress\nid: 0\ndata: {\"progress\":0}\n\nevent: prog", "ress\nid: 500\ndata: {\"progress\":0.5}\n\n", 'event: done\nid: 1001\ndata: {"status":"succeeded"}\n\n'),
      (e) => seen.push(e.data),
    );
    expect(seen).toEqual([{ progress: 0 }, { progress: 0.5 }]);
    expect(final).toEqual({ event: "done", id: "1001", data: { status: "succeeded" } });
  });

  it("throws when the stream ends before a final event", async () => {
    await expect(readJobEvents(sse('event: progress\ndata: {"progress":0.2}\n\n'), () => {})).rejects.toThrow(/ended before/);
  });

  it("the api client asks for the stream and maps its events to JobProgress", async () => {
    const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      expect((init!.headers as Record<string, string>).Accept).toBe("text/event-stream");
      const body = `event: progress\nid: 400\ndata: {"id":"j1","status":"running","progress":0.4}\n\nevent: done\nid: 1001\ndata: ${JSON.stringify({ ...GENERATION, id: "j1", status: "succeeded", progress: 1 })}\n\n`;
      return new Response(sse(body), { headers: { "Content-Type": "text/event-stream" } });
    });
    const api = createApi({ base: "http://api.test", fetch: fetch as typeof globalThis.fetch });
    const progress: JobProgress[] = [];
    const final = await api.jobEvents("j1", (j) => progress.push(j));
    expect(String(fetch.mock.calls[0]![0])).toBe("http://api.test/api/media/jobs/j1/events");
    expect(progress).toEqual([{ id: "j1", state: "running", progress: 0.4, generation: undefined, error: undefined }]);
    expect(final).toMatchObject({ id: "j1", state: "done", progress: 1, generation: { url: GENERATION.url } });
  });

  it("the generator follows the stream, and falls back to polling when the stream breaks", async () => {
    const pending = { kind: "pending" as const, job: { id: "j1", status: "pending", progress: 0, poll_url: "http://api.test/api/media/jobs/j1" } };
    const done: JobProgress = { id: "j1", state: "done", progress: 1, generation: { ...GENERATION } };

    const streamed = createGenerator({
      generate: async () => pending as never,
      job: vi.fn(),
      cancelJob: vi.fn(),
      jobEvents: async (_id, onProgress) => (onProgress({ id: "j1", state: "running", progress: 0.6 }), done),
    });
    const values: number[] = [];
    streamed.subscribe((s) => values.push(s.progress));
    await streamed.run({ description: "a video" });
    expect(get(streamed)).toMatchObject({ status: "done", generation: { id: GENERATION.id } });
    expect(values).toContain(0.6);

    const job = vi.fn(async () => done);
    const broken = createGenerator(
      { generate: async () => pending as never, job, cancelJob: vi.fn(), jobEvents: async () => Promise.reject(new Error("stream broke")) },
      { sleep: async () => {} },
    );
    await broken.run({ description: "a video" });
    expect(job).toHaveBeenCalledTimes(1);
    expect(get(broken)).toMatchObject({ status: "done" });
  });
});
