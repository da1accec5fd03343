import { ApiError } from "../errors";

// Lists are keyset-paginated on (created_at, id), newest first, so inserts never shift a page. One cursor format for
// every such list (history, a key's credit ledger): opaque to clients, checked on the way back in.

export function encodeCursor(row: { createdAt: number; id: string }): string {
  return btoa(JSON.stringify([row.createdAt, row.id])).replace(/=+$/, "");
}

export function decodeCursor(cursor: string): [number, string] {
  try {
    const value: unknown = JSON.parse(atob(cursor));
    if (Array.isArray(value) && Number.isInteger(value[0]) && typeof value[1] === "string") return [value[0], value[1]];
  } catch {
    // fall through to the error below
  }
  throw new ApiError(400, "invalid_request", "cursor: not a cursor this API issued (use next_cursor from the previous page)");
}

/** Cuts a page fetched with `limit + 1` rows down to `limit`, with the cursor of the next page when there is one. */
export function pageOf<R extends { createdAt: number; id: string }>(rows: R[], limit: number): { rows: R[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  return { rows: page, nextCursor: more && last ? encodeCursor(last) : null };
}
