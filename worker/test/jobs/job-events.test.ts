import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, FAKE_RUNWAY_KEY, generate, newClient, usePaidTiers } from "../helpers";

// Alarms only when the test drives them; the stream looks at its job every 5 ms.
const t = usePaidTiers({ RUNWAY_API_KEY: FAKE_RUNWAY_KEY, SYNC_WAIT_MS: "0", RUNWAY_POLL_INTERVAL_MS: "60000", JOB_EVENTS_POLL_MS: "5" });
const stub = (id: string) => env.MEDIA_JOBS.get(env.MEDIA_JOBS.idFromName(id));

type SseEvent = { event: string; id?: string; data: Record<string, unknown> };

/** Every job here belongs to one anonymous caller (jobs are owner-scoped: the same identity reads them). */
const who = newClient();
const as = (headers: Record<string, string> = {}) => ({ headers: { ...who, ...headers } });

async function startVideo(steps: string[]): Promise<string> {
  t.fakes().runway.nextTask = [{ steps: steps as never }];
  const res = await generate({ description: "a slow pan over mountains", media_type: "video", tier: "premium" }, who);
  expect(res.status).toBe(202);
  return (await res.json<{ id: string }>()).id;
}

/** Reads an event stream one event at a time, as EventSource would parse it. */
function reader(res: Response) {
  const r = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  return {
    async next(): Promise<SseEvent | null> {
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = block.split("\n").filter((l) => !l.startsWith(":"));
          const get = (name: string) => fields.filter((l) => l.startsWith(`${name}: `)).map((l) => l.slice(name.length + 2));
          const data = get("data");
          if (data.length === 0) continue; // retry: / comments dispatch nothing
          return { event: get("event")[0] ?? "message", id: get("id")[0], data: JSON.parse(data.join("\n")) };
        }
        const { value, done } = await r.read();
        if (done) return null;
        buffer += value;
      }
    },
    cancel: () => r.cancel(),
  };
}

describe("GET /jobs/{id}/events: live progress over SSE", () => {
  it("streams progress as it changes, then one done event with the result, then ends", async () => {
    const id = await startVideo(["PENDING", "RUNNING:0.4", "RUNNING:0.8", "SUCCEEDED"]);
    const res = await api(`/api/media/jobs/${id}/events`, as());
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/event-stream");
    const events = reader(res);
    expect(await events.next()).toMatchObject({ event: "progress", id: "0", data: { id, status: "pending", progress: 0 } });
    await runDurableObjectAlarm(stub(id));
    expect(await events.next()).toMatchObject({ event: "progress", id: "400", data: { status: "running", progress: 0.4 } });
    await runDurableObjectAlarm(stub(id));
    expect(await events.next()).toMatchObject({ event: "progress", id: "800", data: { progress: 0.8 } });
    await runDurableObjectAlarm(stub(id));
    const done = await events.next();
    expect(done).toMatchObject({ event: "done", id: "1001", data: { id, status: "succeeded", progress: 1, content_type: "video/mp4" } });
    expect(done!.data.url).toMatch(/\/api\/media\/files\/.+\.mp4$/);
    expect(await events.next()).toBeNull(); // the stream ended
  });

  it("resumes after Last-Event-ID: only newer progress, and 204 once the final event was seen", async () => {
    const id = await startVideo(["RUNNING:0.4", "RUNNING:0.8", "SUCCEEDED"]);
    await runDurableObjectAlarm(stub(id)); // now at 0.8
    const resumed = reader(await api(`/api/media/jobs/${id}/events`, as({ "Last-Event-ID": "800" })));
    await runDurableObjectAlarm(stub(id));
    // Nothing at or below 800 again: the next event is the final one.
    expect(await resumed.next()).toMatchObject({ event: "done", id: "1001" });
    expect(await resumed.next()).toBeNull();

    const early = reader(await api(`/api/media/jobs/${id}/events`, as({ "Last-Event-ID": "400" })));
    expect(await early.next()).toMatchObject({ event: "done" });

    const after = await api(`/api/media/jobs/${id}/events`, as({ "Last-Event-ID": "1001" }));
    expect(after.status).toBe(204);
  });

  it("ends with a failed event (with the provider's reason) or a cancelled event", async () => {
    const failing = await startVideo(["RUNNING:0.1", "FAILED:SAFETY.OUTPUT.VIDEO"]);
    const a = reader(await api(`/api/media/jobs/${failing}/events`, as()));
    expect(await a.next()).toMatchObject({ event: "progress", data: { status: "running" } });
    await runDurableObjectAlarm(stub(failing));
    expect(await a.next()).toMatchObject({ event: "failed", id: "1001", data: { status: "failed", error: { code: "SAFETY.OUTPUT.VIDEO" } } });
    expect(await a.next()).toBeNull();

    const cancelled = await startVideo(["RUNNING:0.2", "SUCCEEDED"]);
    const b = reader(await api(`/api/media/jobs/${cancelled}/events`, as()));
    expect(await b.next()).toMatchObject({ event: "progress" });
    expect((await api(`/api/media/jobs/${cancelled}`, { method: "DELETE", ...as() })).status).toBe(200);
    expect(await b.next()).toMatchObject({ event: "cancelled", data: { status: "cancelled", error: { code: "CANCELLED" } } });
    expect(await b.next()).toBeNull();
  });

  it("answers 404 for an unknown job and 400 for a malformed id, in the API's error shape", async () => {
    const missing = await api(`/api/media/jobs/${crypto.randomUUID()}/events`, as());
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: "not_found" } });
    const bad = await api("/api/media/jobs/nope/events", as());
    expect(bad.status).toBe(400);
  });

  it("is owner-scoped: another caller's job is a 404, exactly like a missing one", async () => {
    const id = await startVideo(["RUNNING:0.5", "SUCCEEDED"]);
    const other = await api(`/api/media/jobs/${id}/events`, { headers: newClient() });
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ error: { code: "not_found", message: `No job ${id}` } });
  });
});
