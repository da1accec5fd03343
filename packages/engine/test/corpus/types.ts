// One relevance case: an everyday prompt and what the engine must make of it. Every file in this folder
// exports `default` (or `CORPUS`) as a CorpusCase[]; relevance.test.ts renders them all.
export interface CorpusCase {
  prompt: string;
  /** Default "image". */
  media?: "image" | "video" | "audio";
  /** The template (kind) that must draw it: result.template and data-template on the SVG root. */
  template: string;
  /** Subject-library nouns that must be among result.subjects. */
  subjects?: string[];
  /** Words that must appear as visible text in the SVG, exactly as written here. */
  text?: string[];
}
