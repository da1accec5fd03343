import { sleep } from "../../src/providers/timing";
import { headerObject, json } from "./http";
import { priceMicros, runwayImageMicros, runwaySpeechMicros, runwayVideoMicros } from "../../src/pricing";
import { makeMp4, makePng, makeWav, makeWebm } from "./media";
import type { RecordedCall } from "./hf";

/**
 * A fake Runway API (version 2024-11-06): task creation endpoints, GET/DELETE /v1/tasks/{id},
 * GET /v1/organization, and the output files the tasks point at. Each status check moves a task one step
 * along its `steps`. Tests set `nextTask` / `createScript`; the loopback demo reads `[fake:...]` prompt tokens.
 */
export type RunwayStep = "PENDING" | "THROTTLED" | `RUNNING:${number}` | "SUCCEEDED" | `FAILED:${string}` | "CANCELLED";
export type OutputKind = "ok" | "webm" | "truncated" | "not-media" | "expired";
export type CreateScenario = "ok" | "400" | "401" | "credits" | "429" | "503" | "slow";

export interface TaskPlan {
  steps: RunwayStep[];
  output?: OutputKind;
}

interface Task {
  id: string;
  endpoint: string;
  body: Record<string, unknown>;
  createdAt: string;
  steps: RunwayStep[];
  at: number;
  output: OutputKind;
  cancelled: boolean;
  billed: boolean;
}

const CREATE_ENDPOINTS = ["text_to_image", "text_to_video", "image_to_video", "text_to_speech", "sound_effect"];
const IMAGE_RATIOS = ["1024:1024", "1080:1080", "1920:1080", "1080:1920", "1280:720", "720:1280", "1360:768", "1168:880", "1440:1080", "1080:1440"];
const VIDEO_RATIOS = ["1280:720", "720:1280"];

export class FakeRunway {
  validKeys = new Set<string>();
  /** Demo server: any non-empty bearer token passes (use a `[fake:401]` prompt to see a rejection). */
  acceptAnyKey = false;
  /** What the next creates answer (consumed first to last); "ok" when empty. */
  createScript: CreateScenario[] = [];
  /** How the next created tasks behave (consumed first to last). */
  nextTask: TaskPlan[] = [];
  /** The default task: one RUNNING step, then SUCCEEDED. */
  defaultTask: TaskPlan = { steps: ["RUNNING:0.5", "SUCCEEDED"] };
  creditBalance = 5000;
  /** How long a "slow" create takes to answer (ms), unless the caller gives up first. */
  slowMs = 5_000;
  tasks = new Map<string, Task>();
  calls: RecordedCall[] = [];
  /** What this fake has billed: a task is charged once, when it reaches SUCCEEDED (as Runway charges credits). */
  billedMicros = 0;

  handles(url: URL): boolean {
    return url.pathname.startsWith("/v1/") || url.pathname.startsWith("/outputs/");
  }

  async handle(req: Request, signal?: AbortSignal | null): Promise<Response> {
    const url = new URL(req.url);
    const text = req.method === "POST" ? await req.text() : "";
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    this.calls.push({ method: req.method, url: req.url, headers: headerObject(req.headers), body });

    if (url.pathname.startsWith("/outputs/")) return this.output(url);

    const token = req.headers.get("Authorization")?.replace(/^Bearer\s+/i, "") ?? "";
    if (!(this.validKeys.has(token) || (this.acceptAnyKey && token.length > 0))) return json({ error: "Invalid API key" }, 401);
    if (req.headers.get("X-Runway-Version") !== "2024-11-06") return json({ error: "X-Runway-Version header must be 2024-11-06" }, 400);

    const path = url.pathname.slice("/v1/".length);
    if (path === "organization" && req.method === "GET") {
      return json({ creditBalance: this.creditBalance, tier: { maxMonthlyCreditSpend: 100000, models: {} }, usage: { models: {} } });
    }
    const taskMatch = /^tasks\/([^/]+)$/.exec(path);
    if (taskMatch) {
      const task = this.tasks.get(decodeURIComponent(taskMatch[1]!));
      if (!task) return json({ error: "Task not found" }, 404);
      if (req.method === "DELETE") {
        task.cancelled = true;
        return new Response(null, { status: 204 });
      }
      if (req.method === "GET") return json(this.advance(task, url));
      return json({ error: "Method not allowed" }, 405);
    }
    if (CREATE_ENDPOINTS.includes(path) && req.method === "POST") {
      const prompt = (body as { promptText?: unknown } | undefined)?.promptText;
      const token = typeof prompt === "string" ? /\[fake:(400|401|credits|429|503|slow-create)\]/.exec(prompt)?.[1] : undefined;
      const scenario = this.createScript.shift() ?? (token === "slow-create" ? "slow" : token);
      if (scenario === "slow") {
        // Like a real slow create: the task exists even if the caller stops waiting for its id.
        const answer = this.create(path, body, "ok");
        await sleep(this.slowMs, signal);
        return answer;
      }
      return this.create(path, body, scenario as CreateScenario | undefined);
    }
    return json({ error: "Not found" }, 404);
  }

  private create(endpoint: string, body: unknown, scenario: CreateScenario = "ok"): Response {
    if (!body || typeof body !== "object") return json({ error: "Request body must be JSON" }, 400);
    const b = body as Record<string, unknown>;
    const prompt = typeof b.promptText === "string" ? b.promptText : "";
    const token = /\[fake:([a-z0-9:.-]+)\]/.exec(prompt)?.[1];
    switch (scenario) {
      case "400":
        return json({ error: "promptText: String must contain at most 1000 character(s)" }, 400);
      case "401":
        return json({ error: "Invalid API key" }, 401);
      case "credits":
        return json({ error: "You do not have enough credits to run this task." }, 400);
      case "429":
        return json({ error: "You have exceeded your daily task limit." }, 429, { "Retry-After": "60" });
      case "503":
        return json({ error: "Service temporarily overloaded" }, 503);
    }
    if (typeof b.model !== "string") return json({ error: "model: Required" }, 400);
    if (!prompt || prompt.length > 1000) return json({ error: "promptText: String must contain between 1 and 1000 character(s)" }, 400);
    if (endpoint === "text_to_image" && !IMAGE_RATIOS.includes(String(b.ratio))) return json({ error: `ratio: Invalid enum value '${String(b.ratio)}'` }, 400);
    if (endpoint === "text_to_video") {
      if (!VIDEO_RATIOS.includes(String(b.ratio))) return json({ error: `ratio: Invalid enum value '${String(b.ratio)}'` }, 400);
      if (b.duration !== undefined && (typeof b.duration !== "number" || b.duration < 2 || b.duration > 10)) return json({ error: "duration: Number must be between 2 and 10" }, 400);
    }
    if (endpoint === "text_to_speech") {
      const voice = b.voice as { type?: string; presetId?: string } | undefined;
      if (voice?.type !== "runway-preset" || !voice.presetId) return json({ error: "voice: Required" }, 400);
    }
    const plan = this.nextTask.shift() ?? planFromToken(token) ?? this.defaultTask;
    const task: Task = { id: crypto.randomUUID(), endpoint, body: b, createdAt: new Date().toISOString(), steps: plan.steps, at: -1, output: plan.output ?? "ok", cancelled: false, billed: false };
    this.tasks.set(task.id, task);
    return json({ id: task.id });
  }

  private advance(task: Task, url: URL): Record<string, unknown> {
    const base = { id: task.id, createdAt: task.createdAt };
    if (task.cancelled) return { ...base, status: "CANCELLED" };
    task.at = Math.min(task.at + 1, task.steps.length - 1);
    const step = task.steps[task.at] ?? "SUCCEEDED";
    if (step.startsWith("RUNNING:")) return { ...base, status: "RUNNING", progress: Number(step.slice("RUNNING:".length)) };
    if (step.startsWith("FAILED:")) {
      const code = step.slice("FAILED:".length);
      return { ...base, status: "FAILED", failure: failureText(code), failureCode: code };
    }
    if (step === "SUCCEEDED" && !task.billed) {
      task.billed = true;
      this.billedMicros += taskCost(task);
    }
    if (step === "SUCCEEDED") return { ...base, status: "SUCCEEDED", output: [`${url.origin}/outputs/${task.id}.${extension(task)}?expires=${Date.now() + 86_400_000}`] };
    return { ...base, status: step };
  }

  private async output(url: URL): Promise<Response> {
    const id = url.pathname.slice("/outputs/".length).replace(/\.[a-z0-9]+$/, "");
    const task = this.tasks.get(id);
    if (!task || task.output === "expired") return new Response("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>", { status: 403, headers: { "content-type": "application/xml" } });
    const bytes = await taskBytes(task);
    const type = task.endpoint === "text_to_image" ? "image/png" : task.endpoint === "text_to_video" || task.endpoint === "image_to_video" ? (task.output === "webm" ? "video/webm" : "video/mp4") : "audio/wav";
    if (task.output === "truncated") return new Response(bytes.slice(0, Math.floor(bytes.length / 2)) as Uint8Array<ArrayBuffer>, { headers: { "content-type": type } });
    if (task.output === "not-media") return new Response("<html>not a file</html>", { headers: { "content-type": type } });
    return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "content-type": type } });
  }
}

/** Runway's price for a task, from what it was asked to make (1 credit = $0.01). */
function taskCost(task: Task): number {
  const b = task.body;
  if (task.endpoint === "text_to_image") {
    const [w, h] = String(b.ratio ?? "1024:1024").split(":").map(Number);
    return runwayImageMicros(w!, h!);
  }
  if (task.endpoint === "text_to_video" || task.endpoint === "image_to_video") return runwayVideoMicros(Number(b.duration ?? 5));
  if (task.endpoint === "text_to_speech") return runwaySpeechMicros(String(b.promptText ?? "").length);
  return priceMicros("runway/eleven_text_to_sound_v2");
}

function extension(task: Task): string {
  if (task.endpoint === "text_to_image") return "png";
  if (task.endpoint === "text_to_video" || task.endpoint === "image_to_video") return task.output === "webm" ? "webm" : "mp4";
  return "wav";
}

async function taskBytes(task: Task): Promise<Uint8Array> {
  if (task.endpoint === "text_to_image") {
    const [w, h] = String(task.body.ratio ?? "1024:1024").split(":").map(Number);
    // Real outputs are full size; the fake scales down 8x to keep tests fast, keeping the shape.
    return makePng(Math.max(8, Math.round(w! / 8)), Math.max(8, Math.round(h! / 8)));
  }
  if (task.endpoint === "text_to_video" || task.endpoint === "image_to_video") return task.output === "webm" ? makeWebm() : makeMp4(Number(task.body.duration ?? 5));
  const seconds = task.endpoint === "sound_effect" ? Number(task.body.duration ?? 1) : Math.max(0.5, String(task.body.promptText).length / 15);
  return makeWav(Math.min(seconds, 5));
}

function failureText(code: string): string {
  if (code.startsWith("SAFETY")) return "The prompt was flagged by our content moderation system.";
  if (code === "ASSET.INVALID") return "Invalid asset.";
  return "An unexpected error occurred.";
}

/** Demo tokens: [fake:slow] (several RUNNING steps), [fake:throttled], [fake:failed], [fake:truncated]. */
function planFromToken(token: string | undefined): TaskPlan | undefined {
  switch (token) {
    case "slow":
      return { steps: ["PENDING", "RUNNING:0.2", "RUNNING:0.4", "RUNNING:0.6", "RUNNING:0.8", "SUCCEEDED"] };
    case "throttled":
      return { steps: ["THROTTLED", "THROTTLED", "RUNNING:0.5", "SUCCEEDED"] };
    case "failed":
      return { steps: ["RUNNING:0.3", "FAILED:SAFETY.INPUT.TEXT"] };
    case "truncated":
      return { steps: ["SUCCEEDED"], output: "truncated" };
    default:
      return undefined;
  }
}
