import { drizzle } from "drizzle-orm/d1";
import * as schema from "./schema";

const handles = new WeakMap<D1Database, ReturnType<typeof open>>();
const open = (d1: D1Database) => drizzle(d1, { schema });

/**
 * The drizzle handle for a D1 binding, built once per binding: building one walks the whole schema for its relations
 * (about 2% of a free generation's CPU when it was built per call). A handle holds only the binding, which every
 * request of the isolate shares, never anything tied to one request's I/O.
 */
export function getDb(d1: D1Database) {
  let db = handles.get(d1);
  if (!db) handles.set(d1, (db = open(d1)));
  return db;
}
export type Db = ReturnType<typeof getDb>;
