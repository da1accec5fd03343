import { and, desc, eq, ne } from "drizzle-orm";
import { readConfig } from "../config";
import { getDb } from "../db/drizzle";
import { webhookAttempts, webhookDeliveries, type WebhookDeliveryRow } from "../db/schema";
import { open, seal, type Sealed } from "../keys/crypto";
import { webhookHeaders } from "./sign";

/** Queue names, as in wrangler.toml: deliveries, and where the ones that never got through end up. */
export const WEBHOOK_QUEUE = "edge-media-webhooks";
export const WEBHOOK_DLQ = "edge-media-webhooks-dlq";

/** The longest delay a Cloudflare Queue accepts for one retry (12 hours). */
const MAX_DELAY_S = 12 * 3600;

export interface WebhookInput {
  /** Where to POST; callers check it with `checkWebhookUrl` when they accept it. */
  url: string;
  /** The receiver's "whsec_..." signing secret. Never stored in D1: it rides in the queue message, sealed. */
  secret: string;
  /** Event type, e.g. "generation.succeeded" or "budget.alert". */
  type: string;
  data: unknown;
  ownerId?: string | null;
  generationId?: string | null;
}

/** What the queue carries: which delivery, and its secret (AES-GCM sealed when KEY_ENCRYPTION_SECRET is set). */
export interface WebhookMessage {
  deliveryId: string;
  secret: { sealed: Sealed } | { plain: string };
}

export type WebhookStatus = WebhookDeliveryRow["status"];

/**
 * Records a delivery and queues its first attempt; returns the delivery id (the `webhook-id` header).
 * The body is fixed here, so every retry sends the same bytes: `{type, timestamp, data}` as Standard Webhooks suggests.
 */
export async function enqueueWebhook(env: Env, input: WebhookInput): Promise<string> {
  const id = `msg_${crypto.randomUUID().replaceAll("-", "")}`;
  const now = Date.now();
  const body = JSON.stringify({ type: input.type, timestamp: new Date(now).toISOString(), data: input.data });
  const db = getDb(env.DB);
  await db.insert(webhookDeliveries).values({
    id,
    ownerId: input.ownerId ?? null,
    generationId: input.generationId ?? null,
    type: input.type,
    url: input.url,
    body,
    status: "pending",
    attempts: 0,
    createdAt: now,
    updatedAt: now,
  });
  const encryption = readConfig(env).keyEncryptionSecret;
  const message: WebhookMessage = {
    deliveryId: id,
    secret: encryption ? { sealed: await seal(encryption, `webhook:${id}`, input.secret) } : { plain: input.secret },
  };
  try {
    await env.WEBHOOKS.send(message, { contentType: "json" });
  } catch (err) {
    // Not queued: say so on the record rather than leave a delivery that will never move.
    await db.update(webhookDeliveries).set({ status: "failed", lastError: `could not be queued: ${errorText(err)}`, updatedAt: Date.now() }).where(eq(webhookDeliveries.id, id));
    throw err;
  }
  return id;
}

/** Records a delivery that cannot be attempted at all (e.g. its signing secret is gone), so its owner sees why. */
export async function recordUnsent(env: Env, input: Omit<WebhookInput, "secret">, reason: string): Promise<void> {
  const now = Date.now();
  await getDb(env.DB)
    .insert(webhookDeliveries)
    .values({
      id: `msg_${crypto.randomUUID().replaceAll("-", "")}`,
      ownerId: input.ownerId ?? null,
      generationId: input.generationId ?? null,
      type: input.type,
      url: input.url,
      body: JSON.stringify({ type: input.type, timestamp: new Date(now).toISOString(), data: input.data }),
      status: "failed",
      attempts: 0,
      lastError: reason,
      createdAt: now,
      updatedAt: now,
    });
}

/** Seconds to wait before attempt `attempt + 1`, after `attempt` attempts failed. */
export function retryDelayS(attempt: number, baseS: number): number {
  return Math.min(MAX_DELAY_S, baseS * 2 ** (attempt - 1));
}

/** The queue consumer: one attempt per message, then ack, retry later, or dead-letter. */
export async function handleWebhookBatch(batch: MessageBatch<WebhookMessage>, env: Env): Promise<void> {
  if (batch.queue === WEBHOOK_DLQ) {
    await Promise.all(batch.messages.map((m) => markDead(env, m)));
    return;
  }
  await Promise.all(batch.messages.map((m) => attempt(env, m)));
}

async function attempt(env: Env, message: Message<WebhookMessage>): Promise<void> {
  const config = readConfig(env).webhooks;
  const db = getDb(env.DB);
  const { deliveryId } = message.body;
  const row = await db.query.webhookDeliveries.findFirst({ where: eq(webhookDeliveries.id, deliveryId) });
  // Gone, already delivered or given up on (a duplicate delivery of the message): nothing to do.
  if (!row || row.status !== "pending") return message.ack();

  const secret = await openSecret(env, message.body);
  if (!secret) {
    await finishRow(env, row, { status: "failed", lastError: "the signing secret can no longer be read (KEY_ENCRYPTION_SECRET changed)" });
    return message.ack();
  }

  const n = row.attempts + 1;
  const started = Date.now();
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const res = await fetch(row.url, {
      method: "POST",
      headers: await webhookHeaders(secret, row.id, row.body, started),
      body: row.body,
      // A redirect could point anywhere (an internal address included): it counts as a failure, never followed.
      redirect: "manual",
      signal: AbortSignal.timeout(config.timeoutMs),
    });
    statusCode = res.status;
    if (res.status < 200 || res.status >= 300) error = `receiver answered ${res.status}${res.status >= 300 && res.status < 400 ? " (redirects are not followed)" : ""}`;
    await res.body?.cancel().catch(() => undefined);
  } catch (err) {
    error = err instanceof DOMException && err.name === "TimeoutError" ? `no answer within ${config.timeoutMs} ms` : `could not reach the receiver: ${errorText(err)}`;
  }
  const now = Date.now();
  await db.insert(webhookAttempts).values({ deliveryId, attempt: n, at: started, statusCode, error, durationMs: now - started });

  if (!error) {
    await finishRow(env, row, { status: "delivered", attempts: n, lastStatus: statusCode, lastError: null, deliveredAt: now });
    return message.ack();
  }
  if (n >= config.maxAttempts) {
    await finishRow(env, row, { status: "failed", attempts: n, lastStatus: statusCode, lastError: error });
    // The record already says failed; the dead-letter queue keeps the message for inspection or replay.
    await env.WEBHOOKS_DLQ.send(message.body, { contentType: "json" });
    return message.ack();
  }
  await finishRow(env, row, { status: "pending", attempts: n, lastStatus: statusCode, lastError: error });
  message.retry({ delaySeconds: retryDelayS(n, config.retryBaseS) });
}

/** A message in the dead-letter queue: ours after the last attempt, or the platform's after max_retries. */
async function markDead(env: Env, message: Message<WebhookMessage>): Promise<void> {
  const db = getDb(env.DB);
  const now = Date.now();
  await db
    .update(webhookDeliveries)
    .set({ status: "failed", deadAt: now, updatedAt: now })
    .where(and(eq(webhookDeliveries.id, message.body.deliveryId), ne(webhookDeliveries.status, "delivered")));
  message.ack();
}

async function finishRow(env: Env, row: WebhookDeliveryRow, fields: Partial<WebhookDeliveryRow>): Promise<void> {
  await getDb(env.DB)
    .update(webhookDeliveries)
    .set({ ...fields, updatedAt: Date.now() })
    .where(eq(webhookDeliveries.id, row.id));
}

async function openSecret(env: Env, body: WebhookMessage): Promise<string | null> {
  if ("plain" in body.secret) return body.secret.plain;
  const encryption = readConfig(env).keyEncryptionSecret;
  return encryption ? open(encryption, `webhook:${body.deliveryId}`, body.secret.sealed) : null;
}

function errorText(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).slice(0, 300);
}

/** What a job view shows about its webhook: the latest delivery for that generation. */
export interface WebhookSummary {
  status: WebhookStatus;
  attempts: number;
  last_error: string | null;
}

export async function webhookSummary(env: Env, generationId: string): Promise<WebhookSummary | null> {
  const [last] = await getDb(env.DB)
    .select({ status: webhookDeliveries.status, attempts: webhookDeliveries.attempts, lastError: webhookDeliveries.lastError })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.generationId, generationId))
    .orderBy(desc(webhookDeliveries.createdAt))
    .limit(1);
  return last ? { status: last.status, attempts: last.attempts, last_error: last.lastError } : null;
}
