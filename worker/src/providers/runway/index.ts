import { readConfig } from "../../config";
import { resolveKey } from "../../keys/store";
import { providerError } from "../http";
import { ProviderError, type PendingTask, type Provider, type ProviderContext, type TaskPoll } from "../provider";
import { sleep } from "../timing";
import { cancelTask, createTask, download, getTask, ID, NAME, testKey } from "./api";
import { clamp, expectedTimeMs, plan } from "./plan";

// The premium tier, wired from its pieces: plan.ts decides what to ask for, api.ts talks to Runway, and this file
// waits for a task (here for SYNC_WAIT_MS, then in a job through `poll`).

async function keyFor(ctx: ProviderContext): Promise<string> {
  const resolved = await resolveKey(ctx, "runway");
  if (!resolved) throw providerError(ID, 502, "provider_key_rejected", `${NAME}: no API key configured`);
  return resolved.key;
}

/** One status check, read as: still going (with progress), done (file downloaded), or a thrown verdict. */
async function pollOnce(task: PendingTask, key: string, ctx: ProviderContext): Promise<TaskPoll> {
  const t = await getTask(readConfig(ctx.env).runway, task.taskId, key, ctx);
  if (!t) return { done: false, progress: task.progress, state: task.state };
  switch (t.status) {
    case "SUCCEEDED": {
      const url = t.output?.[0];
      if (!url) throw providerError(ID, 502, "provider_bad_output", `${NAME} task succeeded without an output URL`);
      const media = await download(url, task, ctx);
      return media ? { done: true, media } : { done: false, progress: 1, state: "DOWNLOADING" };
    }
    case "FAILED": {
      const code = t.failureCode ?? "UNKNOWN";
      const refused = code.startsWith("SAFETY.");
      throw new ProviderError(ID, 502, `${NAME} task failed (${code}): ${t.failure ?? "no reason given"}`, {
        code: refused ? "provider_refused_content" : "provider_failed",
        failureCode: code,
      });
    }
    case "CANCELLED":
      throw new ProviderError(ID, 502, `${NAME} task was cancelled`, { failureCode: "CANCELLED" });
    default:
      return { done: false, progress: typeof t.progress === "number" ? clamp(t.progress, 0, 1) : task.progress, state: t.status };
  }
}

/** The premium tier: Runway's task API for images, video, speech and sound effects. */
export const runway: Provider = {
  id: ID,
  tier: "premium",
  label: "Runway",
  mediaTypes: ["image", "video", "audio"],

  async isConfigured(ctx) {
    return (await resolveKey(ctx, "runway")) !== null;
  },

  estimate(req) {
    const p = plan(req);
    return { costMicros: p.costMicros, timeMs: expectedTimeMs(p) };
  },

  async generate(req, ctx) {
    const cfg = readConfig(ctx.env);
    const key = await keyFor(ctx);
    const p = plan(req);
    const taskId = await createTask(cfg.runway, p, key, ctx);

    // From here on the task exists (and may bill): only the provider's own verdict ends it; anything else
    // hands it to a background job rather than failing over to another tier while it still runs.
    let task: PendingTask = { pending: true, providerId: ID, taskId, mediaType: req.media_type, model: p.model, progress: 0, state: "PENDING", costMicros: p.costMicros };
    await ctx.onTaskCreated?.(task);
    const deadline = Date.now() + cfg.syncWaitMs;
    for (;;) {
      let polled: TaskPoll;
      try {
        polled = await pollOnce(task, key, ctx);
      } catch (err) {
        if (err instanceof ProviderError) throw err;
        return task;
      }
      if (polled.done) return polled.media;
      task = { ...task, progress: polled.progress, state: polled.state };
      if (Date.now() + cfg.runway.pollIntervalMs > deadline) return task;
      try {
        await sleep(cfg.runway.pollIntervalMs, ctx.signal);
      } catch {
        return task;
      }
    }
  },

  async poll(task, ctx) {
    return pollOnce(task, await keyFor(ctx), ctx);
  },

  async cancel(task, ctx) {
    await cancelTask(readConfig(ctx.env).runway, task.taskId, await keyFor(ctx), ctx);
  },

  async testKey(key, ctx) {
    return testKey(readConfig(ctx.env).runway, key, ctx);
  },
};
