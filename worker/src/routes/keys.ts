import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { allowedTiers, generateLimit, type Caller } from "../auth/caller";
import { createKey, getKey, keyOwnerId, listKeys, monthStart, monthUsageByOwner, revokeKey, updateKey, type KeyChanges, type KeyRecord, type MonthUsage } from "../auth/keys";
import { createRouter, type AppEnv } from "../context";
import { ApiError } from "../errors";
import { requireAdmin } from "../keys/admin";
import { peekToken } from "../limits/rate-limit";
import { spendView } from "../money/spend-view";
import { spendPeriod } from "../limits/spend";
import { MICROS_PER_DOLLAR, toDollars } from "../pricing";
import { CALLER_ERRORS, errorResponse, INTERNAL_ERROR, jsonResponse, SECURITY } from "../openapi";
import { keyWebhookSecret } from "../webhooks/key-secrets";
import { checkWebhookUrl, isDevelopmentRequest } from "../webhooks/url";
import { CallerSchema, CreatedKeySchema, KeyCreateSchema, KeyListSchema, KeySchema, KeyUpdateSchema, TIERS } from "../schemas";

const adminErrors = {
  401: errorResponse("No bearer, or an unknown, malformed, revoked or expired one"),
  403: errorResponse("A client key cannot manage keys"),
  429: errorResponse("Too many failed authentications from this address (see Retry-After)"),
  503: errorResponse("ADMIN_TOKEN is not set"),
  ...INTERNAL_ERROR,
} as const;
const params = z.object({ id: z.uuid({ error: "not a key id" }) });
const adminOnly = { security: SECURITY.admin, middleware: [requireAdmin] };

function toView(k: KeyRecord, usage: MonthUsage | undefined, now = Date.now()) {
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    tiers: k.tiers,
    rate_limit_per_minute: k.rateLimitPerMinute,
    monthly_budget_usd: k.monthlyBudgetMicros === null ? null : toDollars(k.monthlyBudgetMicros),
    project_id: k.projectId,
    created_at: new Date(k.createdAt).toISOString(),
    expires_at: k.expiresAt === null ? null : new Date(k.expiresAt).toISOString(),
    revoked_at: k.revokedAt === null ? null : new Date(k.revokedAt).toISOString(),
    webhook_url: k.webhookUrl,
    this_month: monthView(usage, now),
  };
}

function monthView(usage: MonthUsage | undefined, now = Date.now()) {
  return { month: spendPeriod(now), generations: usage?.generations ?? 0, spend_usd: toDollars(usage?.spendMicros ?? 0) };
}

/** An expires_at must lie ahead: a key born expired is a mistake, named rather than stored. */
function futureTime(iso: string | null | undefined): number | null | undefined {
  if (iso === undefined || iso === null) return iso;
  const at = Date.parse(iso);
  if (at <= Date.now()) throw new ApiError(400, "invalid_request", "expires_at: must be in the future", [{ path: "expires_at", message: "must be in the future" }]);
  return at;
}

const micros = (usd: number | null | undefined) => (usd === undefined || usd === null ? usd : Math.round(usd * MICROS_PER_DOLLAR));

async function keyView(c: Context<AppEnv>, key: KeyRecord) {
  const [usage, spend] = await Promise.all([monthUsageByOwner(c.env, keyOwnerId(key.id)), spendView(c.env, key)]);
  return { ...toView(key, usage.get(keyOwnerId(key.id))), spend };
}

const createKeyRoute = createRoute({
  method: "post",
  path: "/keys",
  operationId: "createKey",
  summary: "Create a client key. The key is in this response only; the server keeps its SHA-256.",
  ...adminOnly,
  request: { body: { required: true, content: { "application/json": { schema: KeyCreateSchema } } } },
  responses: { 201: jsonResponse(CreatedKeySchema, "Created"), 400: errorResponse("Invalid request (unknown field, bad limit, past expires_at, ...)"), ...adminErrors },
});

const listKeysRoute = createRoute({
  method: "get",
  path: "/keys",
  operationId: "listKeys",
  summary: "Every client key (revoked ones too), newest first, with this month's generations and spend; never a secret",
  ...adminOnly,
  responses: { 200: jsonResponse(KeyListSchema, "The keys"), ...adminErrors },
});

const meRoute = createRoute({
  method: "get",
  path: "/keys/me",
  operationId: "getCurrentCaller",
  summary: "The calling key's settings, this month's usage and its rate-limit window (also answers for anonymous callers and the admin)",
  security: SECURITY.client,
  responses: { 200: jsonResponse(CallerSchema, "Who is calling and what they may do"), ...CALLER_ERRORS, ...INTERNAL_ERROR },
});

const getKeyRoute = createRoute({
  method: "get",
  path: "/keys/{id}",
  operationId: "getKey",
  summary: "One client key, with this month's usage",
  ...adminOnly,
  request: { params },
  responses: { 200: jsonResponse(KeySchema, "The key"), 400: errorResponse("Not a key id"), 404: errorResponse("No such key"), ...adminErrors },
});

const updateKeyRoute = createRoute({
  method: "patch",
  path: "/keys/{id}",
  operationId: "updateKey",
  summary: "Change a key's name, project, tiers, rate limit, monthly budget or expiry (null clears a limit or expiry)",
  ...adminOnly,
  request: { params, body: { required: true, content: { "application/json": { schema: KeyUpdateSchema } } } },
  responses: {
    200: jsonResponse(KeySchema, "The key as changed"),
    400: errorResponse("Invalid change (unknown field, negative limit, past expires_at, ...); nothing changed"),
    404: errorResponse("No such key"),
    409: errorResponse("The key is revoked"),
    ...adminErrors,
  },
});

const revokeKeyRoute = createRoute({
  method: "delete",
  path: "/keys/{id}",
  operationId: "revokeKey",
  summary: "Revoke a key: requests with it are refused from the next one on (other isolates within 2 s). Its history stays.",
  ...adminOnly,
  request: { params },
  responses: { 200: jsonResponse(KeySchema, "The revoked key"), 400: errorResponse("Not a key id"), 404: errorResponse("No such key"), ...adminErrors },
});

async function callerView(c: Context<AppEnv>, caller: Caller) {
  const owner = caller.kind === "admin" ? null : caller.ownerId;
  const limit = generateLimit(caller, c.env);
  const [usage, window] = await Promise.all([
    owner === null ? totalThisMonth(c.env) : monthUsageByOwner(c.env, owner).then((m) => m.get(owner)),
    peekToken(c.env, caller.ownerId, limit),
  ]);
  const tiers = allowedTiers(caller, c.env);
  return {
    caller: caller.kind,
    key: caller.kind === "key" ? toView(caller.key, usage) : null,
    tiers: TIERS.filter((t) => tiers.includes(t)),
    rate_limit_per_minute: limit,
    monthly_budget_usd: caller.kind === "key" && caller.key.monthlyBudgetMicros !== null ? toDollars(caller.key.monthlyBudgetMicros) : null,
    this_month: monthView(usage),
    rate_limit: { limit: window.limit, remaining: window.remaining, reset_s: Math.ceil(window.resetMs / 1000) },
    spend: await spendView(c.env, caller.kind === "key" ? caller.key : null),
  };
}

/** The admin's "this month": every owner's generations together. */
async function totalThisMonth(env: Env): Promise<MonthUsage> {
  const row = await env.DB.prepare("SELECT count(*) AS n, coalesce(sum(cost_micros), 0) AS micros FROM generations WHERE status = 'succeeded' AND created_at >= ?")
    .bind(monthStart())
    .first<{ n: number; micros: number }>();
  return { generations: row?.n ?? 0, spendMicros: row?.micros ?? 0 };
}

/** A key's default webhook_url, checked like one given to generate (null clears it). */
function keyWebhookUrl(c: Context<AppEnv>, url: string | null | undefined): string | null | undefined {
  return url === undefined || url === null ? url : checkWebhookUrl(url, { development: isDevelopmentRequest(c.req.url) });
}

async function existing(c: Context<AppEnv>, id: string): Promise<KeyRecord> {
  const key = await getKey(c.env, id);
  if (!key) throw new ApiError(404, "not_found", `No key ${id}`);
  return key;
}

export const keyRoutes = createRouter()
  .openapi(meRoute, async (c) => c.json(await callerView(c, c.get("caller")), 200))
  .openapi(createKeyRoute, async (c) => {
    const body = c.req.valid("json");
    const { record, secret } = await createKey(c.env, {
      name: body.name,
      projectId: body.project_id ?? null,
      tiers: body.tiers ? TIERS.filter((t) => body.tiers!.includes(t)) : [...TIERS],
      rateLimitPerMinute: body.rate_limit_per_minute ?? null,
      monthlyBudgetMicros: micros(body.monthly_budget_usd) ?? null,
      expiresAt: futureTime(body.expires_at) ?? null,
      webhookUrl: keyWebhookUrl(c, body.webhook_url) ?? null,
    });
    const webhookSecret = await keyWebhookSecret(c.env, record.id, record.webhookSecretVersion);
    return c.json({ ...toView(record, undefined), key: secret, webhook_secret: webhookSecret }, 201, { "Cache-Control": "no-store" });
  })
  .openapi(listKeysRoute, async (c) => {
    const [keys, usage] = await Promise.all([listKeys(c.env), monthUsageByOwner(c.env)]);
    const spends = await Promise.all(keys.map((k) => spendView(c.env, k)));
    return c.json({ count: keys.length, items: keys.map((k, i) => ({ ...toView(k, usage.get(keyOwnerId(k.id))), spend: spends[i] })) }, 200);
  })
  .openapi(getKeyRoute, async (c) => c.json(await keyView(c, await existing(c, c.req.valid("param").id)), 200))
  .openapi(updateKeyRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    // Validate everything before touching the row: a bad field changes nothing.
    const changes: KeyChanges = {
      name: body.name,
      projectId: body.project_id,
      tiers: body.tiers ? TIERS.filter((t) => body.tiers!.includes(t)) : undefined,
      rateLimitPerMinute: body.rate_limit_per_minute,
      monthlyBudgetMicros: micros(body.monthly_budget_usd),
      expiresAt: futureTime(body.expires_at),
      webhookUrl: keyWebhookUrl(c, body.webhook_url),
    };
    const key = await existing(c, id);
    if (key.revokedAt !== null) throw new ApiError(409, "key_revoked", `Key ${id} is revoked; create a new one instead`);
    const updated = await updateKey(c.env, id, changes);
    if (!updated) throw new ApiError(404, "not_found", `No key ${id}`);
    return c.json(await keyView(c, updated), 200);
  })
  .openapi(revokeKeyRoute, async (c) => {
    const { id } = c.req.valid("param");
    await existing(c, id);
    const revoked = await revokeKey(c.env, id);
    return c.json(await keyView(c, revoked!), 200);
  });
