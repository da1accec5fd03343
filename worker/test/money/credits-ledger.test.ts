import { describe, expect, it } from "vitest";
import { admin, api, newKey, postJson, usePaidTiers, type ErrorBody } from "../helpers";

type Row = { id: string; amount_usd: number; reason: string; generation_id: string | null; created_at: string };
type Credits = { balance_usd: number; held_usd: number; ledger: Row[]; next_cursor: string | null };

usePaidTiers(); // the admin token, and empty stores

const get = (id: string, query = "") => api(`/api/keys/${id}/credits${query}`, { headers: admin });
const page = async (id: string, query = "") => (await get(id, query)).json<Credits>();

describe("a key's credit ledger, a page at a time", () => {
  it("pages newest first with limit + cursor, every row exactly once, and the balance is the whole ledger's sum", async () => {
    const key = await newKey();
    const amounts = [5, -1.25, 2, 0.5, -0.75];
    for (const [i, amount_usd] of amounts.entries()) expect((await postJson(`/api/keys/${key.id}/credits`, { amount_usd, reason: `change ${i}` }, admin)).status).toBe(200);

    const all = await page(key.id);
    expect(all.ledger.map((r) => r.reason).sort()).toEqual(amounts.map((_, i) => `change ${i}`));
    expect(all.next_cursor).toBeNull();
    const times = all.ledger.map((r) => Date.parse(r.created_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const seen: Row[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const p: Credits = await page(key.id, `?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(p.ledger.length).toBeLessThanOrEqual(2);
      // Every page carries the balance of the whole ledger, not of the page.
      expect(p.balance_usd).toBe(5.5);
      seen.push(...p.ledger);
      cursor = p.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(all.ledger);
  });

  it("a bad limit or a cursor it never issued is a 400 naming the parameter", async () => {
    const key = await newKey();
    for (const [query, word] of [["?limit=0", "limit"], ["?limit=201", "limit"], ["?limit=two", "limit"], ["?cursor=bm90IGEgY3Vyc29y", "cursor"]] as const) {
      const res = await get(key.id, query);
      expect(res.status, query).toBe(400);
      expect((await res.json<ErrorBody>()).error.message, query).toContain(word);
    }
  });

  it("the contract declares the paging parameters and every status the route answers", async () => {
    const doc = await (await api("/api/openapi.json")).json<{ paths: Record<string, Record<string, { parameters?: { name: string }[]; responses: Record<string, unknown> }>> }>();
    const op = doc.paths["/api/keys/{id}/credits"]!.get!;
    expect(op.parameters!.map((p) => p.name).sort()).toEqual(["cursor", "id", "limit"]);
    expect(Object.keys(op.responses).sort()).toEqual(["200", "400", "401", "403", "404", "429", "503"]);
    expect(doc.paths["/api/keys/{id}/credits"]!.post!.responses).toHaveProperty("400");
  });
});
