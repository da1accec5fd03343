import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { getKey } from "../auth/keys";
import { createRouter, type AppEnv } from "../context";
import { ApiError } from "../errors";
import { requireAdmin } from "../keys/admin";
import { addCredits, creditsView } from "../money/credits";
import { MICROS_PER_DOLLAR, toDollars } from "../pricing";
import { errorResponse, SECURITY } from "../openapi";
import { CreditChangeSchema, CreditsQuerySchema, CreditsSchema, type CreditsQuery } from "../schemas";

const params = z.object({ id: z.uuid({ error: "not a key id" }) });

const common = {
  security: SECURITY.admin,
  middleware: [requireAdmin],
  request: { params },
};
const errors = {
  400: errorResponse("Invalid id, body, limit or cursor"),
  401: errorResponse("Missing or wrong admin token"),
  403: errorResponse("A client key cannot manage credits"),
  404: errorResponse("No such key"),
  429: errorResponse("Too many failed authentications from this address (see Retry-After)"),
  503: errorResponse("ADMIN_TOKEN is not set"),
} as const;

const addRoute = createRoute({
  ...common,
  method: "post",
  path: "/keys/{id}/credits",
  operationId: "addKeyCredits",
  summary: "Add (or, negative, remove) prepaid credit for a key; from its first credit on, the key spends from its balance. Answers the new balance and the ledger's first page",
  request: { params, body: { required: true, content: { "application/json": { schema: CreditChangeSchema } } } },
  responses: { 200: { description: "The key's credits after the change", content: { "application/json": { schema: CreditsSchema } } }, ...errors },
});

const getRoute = createRoute({
  ...common,
  method: "get",
  path: "/keys/{id}/credits",
  operationId: "getKeyCredits",
  summary: "A key's credit balance and ledger (top-ups, removals, and each generation it paid for), newest first, a page at a time",
  request: { params, query: CreditsQuerySchema },
  responses: { 200: { description: "The key's credits", content: { "application/json": { schema: CreditsSchema } } }, ...errors },
});

async function view(c: Context<AppEnv>, keyId: string, page: CreditsQuery = CreditsQuerySchema.parse({})) {
  const v = await creditsView(c.env, keyId, page);
  return {
    balance_usd: toDollars(v.balanceMicros),
    held_usd: toDollars(v.heldMicros),
    ledger: v.rows.map((r) => ({ id: r.id, amount_usd: toDollars(r.amountMicros), reason: r.reason, generation_id: r.generationId, created_at: new Date(r.createdAt).toISOString() })),
    next_cursor: v.nextCursor,
  };
}

async function existing(c: Context<AppEnv>, id: string): Promise<void> {
  if (!(await getKey(c.env, id))) throw new ApiError(404, "not_found", `No key ${id}`);
}

export const creditRoutes = createRouter()
  .openapi(addRoute, async (c) => {
    const { id } = c.req.valid("param");
    await existing(c, id);
    const { amount_usd, reason } = c.req.valid("json");
    await addCredits(c.env, id, Math.round(amount_usd * MICROS_PER_DOLLAR), reason);
    return c.json(await view(c, id), 200);
  })
  .openapi(getRoute, async (c) => {
    const { id } = c.req.valid("param");
    await existing(c, id);
    return c.json(await view(c, id, c.req.valid("query")), 200);
  });
