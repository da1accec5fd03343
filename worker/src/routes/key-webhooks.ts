import { createRoute, z } from "@hono/zod-openapi";
import { createRouter } from "../context";
import { ApiError } from "../errors";
import { CALLER_ERRORS, errorResponse, INTERNAL_ERROR, SECURITY } from "../openapi";
import { rotateKeyWebhookSecret } from "../webhooks/key-secrets";

const RotatedSchema = z
  .object({
    id: z.uuid(),
    webhook_secret: z.string().openapi({ description: "The new signing secret (whsec_...), shown this once; the previous one no longer signs" }),
  })
  .openapi("RotatedWebhookSecret");

const rotateRoute = createRoute({
  method: "post",
  path: "/keys/{id}/webhook-secret",
  operationId: "rotateKeyWebhookSecret",
  summary: "Replace a key's webhook signing secret (the admin, or the key itself)",
  security: SECURITY.keyOrAdmin,
  request: { params: z.object({ id: z.uuid({ error: "not a key id" }) }) },
  responses: {
    200: { description: "The new secret", content: { "application/json": { schema: RotatedSchema } } },
    400: errorResponse("Not a key id"),
    ...CALLER_ERRORS,
    403: errorResponse("A client key may only rotate its own secret"),
    404: errorResponse("No such key"),
    409: errorResponse("KEY_ENCRYPTION_SECRET is not set, so keys have no webhook secrets"),
    ...INTERNAL_ERROR,
  },
});

export const keyWebhookRoutes = createRouter().openapi(rotateRoute, async (c) => {
  const { id } = c.req.valid("param");
  const caller = c.get("caller");
  if (caller.kind === "anonymous") throw new ApiError(401, "api_key_required", "Rotating a webhook secret needs the admin token or the key itself as a bearer.");
  if (caller.kind === "key" && caller.key.id !== id) throw new ApiError(403, "forbidden", "A client key may only rotate its own webhook secret.");
  const rotated = await rotateKeyWebhookSecret(c.env, id);
  if (!rotated) throw new ApiError(404, "not_found", `No key ${id}`);
  if (!rotated.secret) throw new ApiError(409, "webhooks_not_configured", "Keys have no webhook signing secrets until the operator sets KEY_ENCRYPTION_SECRET.");
  return c.json({ id, webhook_secret: rotated.secret }, 200, { "Cache-Control": "no-store" });
});
