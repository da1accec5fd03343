import { drizzle } from "drizzle-orm/d1";
import * as schema from "./schema";

/** A drizzle handle for one request; cheap, so never kept at module level. */
export function getDb(d1: D1Database) {
  return drizzle(d1, { schema });
}
export type Db = ReturnType<typeof getDb>;
