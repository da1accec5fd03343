import { get } from "svelte/store";
import { describe, expect, it } from "vitest";
import { createApi } from "../src/lib/api";
import { keysApi } from "../src/lib/keys-api";
import { createSessionKeyStore } from "../src/lib/stores/session-key";
import { fakeFetch, json, MemoryStorage } from "./helpers";

const KEY = `emk_${"a1B2".repeat(10)}`;

describe("session client key", () => {
  it("is kept in session storage only, and anything not shaped like a key is ignored", () => {
    const session = new MemoryStorage();
    const store = createSessionKeyStore(session);
    expect(get(store)).toBe("");
    expect(store.headers()).toEqual({});
    store.set(` ${KEY} `);
    expect(session.getItem("edge-media.client-key")).toBe(KEY);
    expect(createSessionKeyStore(session).headers()).toEqual({ Authorization: `Bearer ${KEY}` });
    store.clear();
    expect(session.getItem("edge-media.client-key")).toBeNull();
    session.setItem("edge-media.client-key", "not a key");
    expect(get(createSessionKeyStore(session))).toBe("");
  });

  it("goes with every API call, while a call's own Authorization (the admin token) wins", async () => {
    const store = createSessionKeyStore(new MemoryStorage());
    store.set(KEY);
    const f = fakeFetch(() => json({ items: [], count: 0 }));
    const api = createApi({ fetch: f.fetch, authHeaders: store.headers });
    await api.history();
    await api.status();
    await keysApi(api).list("admin-token");
    expect(f.calls.map((c) => c.headers.authorization)).toEqual([`Bearer ${KEY}`, `Bearer ${KEY}`, "Bearer admin-token"]);
  });
});
