import { browser } from "$app/environment";
import { createApi } from "./api";
import { createKeyStore } from "./stores/keys";
import { createSessionKeyStore } from "./stores/session-key";

// One API client and one key store for the whole app (pages are browser-only: ssr = false).
export const keys = createKeyStore(browser ? localStorage : undefined, browser ? sessionStorage : undefined);
export const clientKey = createSessionKeyStore(browser ? sessionStorage : undefined);
export const api = createApi({ base: import.meta.env.PUBLIC_API_BASE ?? "", keyHeaders: keys.headers, authHeaders: clientKey.headers });
