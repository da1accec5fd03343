import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Server } from "node:http";
import { startFakeServer } from "./fakes";

let server: Server;
let origin: string;
beforeAll(async () => {
  ({ server, origin } = await startFakeServer(0));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const auth = { Authorization: "Bearer hf_AnyDemoKey000000000000000000", "Content-Type": "application/json" };
const runwayHeaders = { Authorization: `Bearer key_${"0".repeat(128)}`, "X-Runway-Version": "2024-11-06", "Content-Type": "application/json" };

describe("npm run fakes (loopback server)", () => {
  it("serves a real PNG from the Hugging Face router path", async () => {
    const res = await fetch(`${origin}/hf-inference/models/stabilityai/stable-diffusion-xl-base-1.0`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ inputs: "a fox", parameters: { width: 64, height: 32 } }),
    });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
    expect(new DataView(bytes.buffer).getUint32(16)).toBe(64);
  });

  it("fails on request with a [fake:...] token in the prompt", async () => {
    const res = await fetch(`${origin}/hf-inference/models/x`, { method: "POST", headers: auth, body: JSON.stringify({ inputs: "a fox [fake:loading]" }) });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ estimated_time: expect.any(Number) });
  });

  it("runs a Runway task to SUCCEEDED and serves its WAV from a loopback output URL", async () => {
    const created = await fetch(`${origin}/v1/sound_effect`, { method: "POST", headers: runwayHeaders, body: JSON.stringify({ model: "eleven_text_to_sound_v2", promptText: "rain" }) });
    const { id } = (await created.json()) as { id: string };
    let task: { status: string; output?: string[] } = { status: "PENDING" };
    for (let i = 0; i < 5 && task.status !== "SUCCEEDED"; i++) task = (await (await fetch(`${origin}/v1/tasks/${id}`, { headers: runwayHeaders })).json()) as typeof task;
    expect(task.status).toBe("SUCCEEDED");
    expect(task.output![0]!.startsWith(origin)).toBe(true);
    const wav = new Uint8Array(await (await fetch(task.output![0]!)).arrayBuffer());
    expect(String.fromCharCode(...wav.slice(8, 12))).toBe("WAVE");
  });
});
