import { createRoute, z } from "@hono/zod-openapi";
import { createRouter } from "../context";
import { requireAdmin } from "../keys/admin";
import { reconcile } from "../money/reconcile";
import { errorResponse, SECURITY } from "../openapi";


const ReconcileReportSchema = z
  .object({
    checked: z.number().int().openapi({ description: "Rows with open holds old enough that their request must have ended" }),
    committed: z.number().int().openapi({ description: "Finished from a succeeded provider task or an already stored file" }),
    failed: z.number().int().openapi({ description: "Marked failed (cost 0, or what the provider billed)" }),
    cancelled_tasks: z.number().int().openapi({ description: "Provider tasks nobody was waiting for, cancelled at the provider" }),
    left_to_jobs: z.number().int().openapi({ description: "Still owned by a live job object" }),
    settled: z.number().int().openapi({ description: "Ended rows whose holds were settled or released" }),
    orphan_files_deleted: z.number().int().openapi({ description: "Stored files older than an hour with no row" }),
    idempotency_keys_expired: z.number().int(),
    legacy_spend_imported_usd: z.number().openapi({ description: "This month's (and earlier) spend counted before the spend ledger existed, carried into it by this run; 0 once done" }),
  })
  .openapi("ReconcileReport");

const reconcileRoute = createRoute({
  method: "post",
  path: "/admin/reconcile",
  operationId: "reconcileSpend",
  summary: "Run the reconciler now (it also runs every 5 minutes): finish or cancel what crashed requests left, free held money, delete orphan files",
  security: SECURITY.admin,
  middleware: [requireAdmin] as const,
  responses: {
    200: { description: "What the run did", content: { "application/json": { schema: ReconcileReportSchema } } },
    401: errorResponse("Missing or wrong admin token"),
    403: errorResponse("A client key cannot use admin routes"),
    429: errorResponse("Too many failed authentications from this address (see Retry-After)"),
    503: errorResponse("ADMIN_TOKEN is not set"),
  },
});

export const adminRoutes = createRouter().openapi(reconcileRoute, async (c) => c.json(await reconcile(c.env), 200));
