import { ErrorSchema } from "./schemas";

// What every route declaration shares: the document's header, who may call what, and the error answers that the
// app's middleware (not the route itself) can give. Routes spread these so the contract says what the API answers.

export const OPENAPI_INFO = {
  title: "Edge Media API",
  version: "0.1.0",
  description:
    "Images, video and sound from a description, at a cost you choose. Every error has the shape of the Error schema. " +
    "A method a path does not list is answered 405 with an Allow header; an unknown path 404.",
  // OpenAPI 3.1 names a licence by its SPDX identifier (or a url, not both); the text is LICENSE at the repository's top.
  license: { name: "MIT", identifier: "MIT" },
};

/** Bearer schemes: the server's ADMIN_TOKEN, and a client's key (which names the caller for rate limits and history). */
export const SECURITY_SCHEMES = {
  adminToken: { type: "http", scheme: "bearer", description: "ADMIN_TOKEN: the operator; accepted on every endpoint" },
  clientKey: { type: "http", scheme: "bearer", description: "A client key (emk_...) from POST /api/keys (what an OpenAI client sends as its apiKey): identifies the caller for limits, history and budgets. Optional where anonymous access is listed." },
} as const;

type SecurityRequirement = Record<string, string[]>;

/** Per-operation `security`: admin-only, callable with a client key, the admin token or anonymously, or public. */
export const SECURITY: Record<"admin" | "keyOrAdmin" | "client" | "public", SecurityRequirement[]> = {
  admin: [{ adminToken: [] }],
  /** The admin, or a client key acting on itself: never anonymous. */
  keyOrAdmin: [{ adminToken: [] }, { clientKey: [] }],
  client: [{ clientKey: [] }, { adminToken: [] }, {}],
  public: [],
};

/** A JSON response declaration: its description and the schema of its body. */
export const jsonResponse = <T>(schema: T, description: string) => ({ description, content: { "application/json": { schema } } });

export const errorResponse = (description: string) => jsonResponse(ErrorSchema, description);

/** What `identifyCaller` answers on every /api route before the route runs. */
export const CALLER_ERRORS = {
  401: errorResponse("Unknown, malformed, revoked or expired bearer (invalid_api_key), or a key is required here (api_key_required)"),
  429: errorResponse("Too many failed authentications from this address (too_many_auth_failures; see Retry-After)"),
} as const;

/** Unknown failures: `onError` logs them and answers this, on any route. */
export const INTERNAL_ERROR = { 500: errorResponse("Unexpected failure on our side (logged without the request)") } as const;

/** What the middleware answers before a JSON-body route runs: a malformed body, one over 64 KB, or not JSON. */
export const JSON_BODY_ERRORS = {
  400: errorResponse("Invalid request: malformed JSON or a field that fails validation (details lists every problem)"),
  413: errorResponse("Body over 64 KB"),
  415: errorResponse("Content-Type is not application/json"),
} as const;
