import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { getKey } from "../auth/keys";
import { createRouter, type AppEnv } from "../context";
import { ApiError } from "../errors";
import { requireAdmin } from "../keys/admin";
import { addCredits, creditsView } from "../money/credits";
import { MICROS_PER_DOLLAR, toDollars } from "../pricing";
import { ErrorSchema } from "../schemas";

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: ErrorSchema } } });
const params = z.object({ id: z.uuid({ error: "not a key id" }) });

const CreditsSchema = z
  .object({
    balance_usd: z.number().openapi({ description: "The sum of the ledger" }),
    held_usd: z.number().openapi({ description: "Reserved for generations still running" }),
    ledger: z.array(
      z.object({
        id: z.string(),
        amount_usd: z.number().openapi({ description: "Positive: a top-up; negative: a removal or a generation's cost" }),
        reason: z.string(),
        generation_id: z.string().nullable().openapi({ description: "The generation a spend row paid for" }),
        created_at: z.string(),
      }),
    ),
  })
  .openapi("KeyCredits");

const CreditChangeSchema = z
  .strictObject({
    amount_usd: z
      .number({ error: "amount_usd must be a number" })
      .refine((n) => n !== 0 && Math.abs(n) <= 100_000, { error: "amount_usd must be non-zero and at most 100000 either way" })
      .openapi({ example: 5, description: "Dollars to add (negative removes)" }),
    reason: z.string().trim().min(1, { error: "reason must be 1-200 characters" }).max(200, { error: "reason must be 1-200 characters" }).openapi({ example: "prepaid invoice 1042" }),
  })
  .openapi("CreditChange");

const common = {
  security: [{ adminToken: [] }],
  middleware: [requireAdmin],
  request: { params },
};
const errors = {
  400: errorResponse("Invalid id or body"),
  401: errorResponse("Missing or wrong admin token"),
  404: errorResponse("No such key"),
  503: errorResponse("ADMIN_TOKEN is not set"),
} as const;

const addRoute = createRoute({
  ...common,
  method: "post",
  path: "/keys/{id}/credits",
  operationId: "addKeyCredits",
  summary: "Add (or, negative, remove) prepaid credit for a key; from its first credit on, the key spends from its balance",
  request: { params, body: { required: true, content: { "application/json": { schema: CreditChangeSchema } } } },
  responses: { 200: { description: "The key's credits after the change", content: { "application/json": { schema: CreditsSchema } } }, ...errors },
});

const getRoute = createRoute({
  ...common,
  method: "get",
  path: "/keys/{id}/credits",
  operationId: "getKeyCredits",
  summary: "A key's credit balance and ledger (top-ups, removals, and each generation it paid for)",
  responses: { 200: { description: "The key's credits", content: { "application/json": { schema: CreditsSchema } } }, ...errors },
});

async function view(c: Context<AppEnv>, keyId: string) {
  const v = await creditsView(c.env, keyId);
  return {
    balance_usd: toDollars(v.balanceMicros),
    held_usd: toDollars(v.heldMicros),
    ledger: v.rows.map((r) => ({ id: r.id, amount_usd: toDollars(r.amountMicros), reason: r.reason, generation_id: r.generationId, created_at: new Date(r.createdAt).toISOString() })),
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
    return c.json(await view(c, id), 200);
  });
