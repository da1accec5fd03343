// What every composition receives. Kinds are pure functions Ctx -> Drawing.
import type { Palette } from "./palette";
import type { Plan } from "./parse";
import type { Rng } from "./random";
import type { Art } from "./subjects/artwork";

export interface Ctx {
  plan: Plan;
  pal: Palette;
  rng: Rng;
  w: number;
  h: number;
  /** Animated output (video): loop length in seconds, else undefined for a still image. */
  dur?: number;
  /** Unique id prefix so ids never collide if two outputs are inlined into one HTML page. */
  id: (name: string) => string;
  /** Subject artwork by icon name (parsed, memoised per render); undefined when the caller gave no lookup. */
  art?: (name: string) => Art | undefined;
}

export interface Drawing {
  body: string;
  defs?: string;
  style?: string;
  /** Short human description of what was drawn, appended to <desc>. */
  summary: string;
  /** The things drawn (subject-library nouns), for relevance checks; empty when the picture has none. */
  subjects?: string[];
}

export type Composer = (ctx: Ctx) => Drawing;
