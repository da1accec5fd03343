import { createRoute, z } from "@hono/zod-openapi";
import { createRouter } from "../context";
import { ApiError } from "../errors";
import { requireAdmin } from "../keys/admin";
import { checkKeyShape, deleteKey, KEY_PROVIDER_INFO, recordTest, storeKey } from "../keys/store";
import { PROVIDERS } from "../providers/registry";
import { errorResponse, INTERNAL_ERROR, JSON_BODY_ERRORS, SECURITY } from "../openapi";
import { ConfigureRequestSchema, ConfigureResponseSchema, ErrorSchema, KEY_PROVIDER_NAMES } from "../schemas";

const adminErrors = {
  401: errorResponse("Missing or wrong admin token"),
  403: errorResponse("A client key cannot configure providers"),
  429: errorResponse("Too many failed authentications from this address (see Retry-After)"),
  503: errorResponse("ADMIN_TOKEN (or KEY_ENCRYPTION_SECRET) is not set"),
  ...INTERNAL_ERROR,
} as const;

const configureRoute = createRoute({
  method: "post",
  path: "/configure",
  operationId: "storeProviderKey",
  summary: "Store a provider key (encrypted), optionally testing it with the provider first. Needs the admin token.",
  security: SECURITY.admin,
  request: { body: { required: true, content: { "application/json": { schema: ConfigureRequestSchema } } } },
  responses: {
    200: { description: "Stored", content: { "application/json": { schema: ConfigureResponseSchema } } },
    ...JSON_BODY_ERRORS,
    400: errorResponse("Invalid request or key format"),
    422: { description: "The provider rejected the key; nothing was stored", content: { "application/json": { schema: ConfigureResponseSchema.extend({ error: ErrorSchema.shape.error }) } } },
    ...adminErrors,
  },
});

const removeRoute = createRoute({
  method: "delete",
  path: "/configure/{provider}",
  operationId: "deleteProviderKey",
  summary: "Remove a stored provider key (a STABLE_DIFFUSION_KEY / RUNWAY_API_KEY secret, if set, applies again)",
  security: SECURITY.admin,
  request: { params: z.object({ provider: z.enum(KEY_PROVIDER_NAMES) }) },
  responses: {
    200: { description: "Removed", content: { "application/json": { schema: ConfigureResponseSchema } } },
    400: errorResponse("Unknown provider (stable_diffusion or runway)"),
    404: errorResponse("No stored key for this provider"),
    ...adminErrors,
  },
});

const admin = createRouter();
admin.use("/configure", requireAdmin);
admin.use("/configure/*", requireAdmin);

export const configureRoutes = admin
  .openapi(configureRoute, async (c) => {
    const { provider, api_key: key, test } = c.req.valid("json");
    checkKeyShape(provider, key, "api_key");
    if (test) {
      const tier = KEY_PROVIDER_INFO[provider].tier;
      const result = await PROVIDERS[tier]!.testKey!(key, { env: c.env, fetch: (input, init) => fetch(input, init), signal: c.req.raw.signal });
      if (!result.ok) {
        await recordTest(c.env, provider, result);
        return c.json({ success: false, provider, message: result.message, error: { code: "key_test_failed", message: result.message } }, 422);
      }
      await storeKey(c.env, provider, key, result);
      return c.json({ success: true, provider, message: `Successfully configured ${provider}: ${result.message}` }, 200);
    }
    await storeKey(c.env, provider, key, null);
    return c.json({ success: true, provider, message: `Successfully configured ${provider} (not tested)` }, 200);
  })
  .openapi(removeRoute, async (c) => {
    const { provider } = c.req.valid("param");
    if (!(await deleteKey(c.env, provider))) throw new ApiError(404, "not_found", `No stored key for ${provider}`);
    return c.json({ success: true, provider, message: `Removed the stored ${provider} key` }, 200);
  });
