import { createRoute, z } from "@hono/zod-openapi";
import { createRouter } from "../context";
import { getDb } from "../db/drizzle";
import { listAlerts } from "../db/alerts";
import { requireAdmin } from "../keys/admin";
import { errorResponse, SECURITY } from "../openapi";


const AlertSchema = z
  .object({
    id: z.string(),
    type: z.enum(["budget.threshold", "credits.low"]).or(z.string()),
    scope: z.enum(["global", "key"]),
    key_id: z.string().nullable(),
    threshold: z.number().int(),
    period: z.string().openapi({ example: "2026-12" }),
    data: z.record(z.string(), z.unknown()).openapi({ description: "The webhook body's data member" }),
    created_at: z.string().openapi({ description: "ISO time the threshold was crossed" }),
    delivery: z
      .object({
        status: z.enum(["pending", "delivered", "failed"]),
        attempts: z.number().int(),
        last_error: z.string().nullable(),
        delivered_at: z.string().nullable(),
      })
      .nullable()
      .openapi({ description: "The signed webhook to ALERT_WEBHOOK_URL (retried for up to 24 h); null when none is configured" }),
  })
  .openapi("Alert");

const listRoute = createRoute({
  method: "get",
  path: "/alerts",
  operationId: "listAlerts",
  summary: "Cost-overage alerts (50/80/100% of a budget, low credits), newest first, with their delivery status",
  security: SECURITY.admin,
  middleware: [requireAdmin] as const,
  responses: {
    200: { description: "Alerts", content: { "application/json": { schema: z.object({ alerts: z.array(AlertSchema) }) } } },
    401: errorResponse("Missing or wrong admin token"),
    403: errorResponse("A client key cannot use admin routes"),
    429: errorResponse("Too many failed authentications from this address (see Retry-After)"),
    503: errorResponse("ADMIN_TOKEN is not set"),
  },
});

export const alertRoutes = createRouter().openapi(listRoute, async (c) => {
  const rows = await listAlerts(getDb(c.env.DB));
  return c.json(
    {
      alerts: rows.map(({ alert, delivery }) => ({
        id: alert.id,
        type: alert.type,
        scope: alert.scope,
        key_id: alert.keyId,
        threshold: alert.threshold,
        period: alert.period,
        data: JSON.parse(alert.data) as Record<string, unknown>,
        created_at: new Date(alert.createdAt).toISOString(),
        delivery: delivery?.status
          ? { status: delivery.status, attempts: delivery.attempts ?? 0, last_error: delivery.lastError, delivered_at: delivery.deliveredAt ? new Date(delivery.deliveredAt).toISOString() : null }
          : null,
      })),
    },
    200,
  );
});
