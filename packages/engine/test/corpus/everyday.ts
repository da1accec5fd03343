// Ordinary prompts written without looking at the engine's word lists: each must get a designed picture of
// what was asked (never the old placeholder), drawn by the template named here.
import type { CorpusCase } from "./types";

const CASES: CorpusCase[] = [
  // Posters, covers, banners and thumbnails: the title is the prompt's own words.
  { prompt: "a gym membership flyer", template: "poster", text: ["Gym Membership"] },
  { prompt: "a poster for a school science fair", template: "poster", text: ["Science Fair"] },
  { prompt: "an album cover for an indie rock band", template: "poster", text: ["Indie Rock Band"] },
  { prompt: "a book cover for a mystery novel", template: "poster", subjects: ["book"], text: ["Mystery Novel"] },
  { prompt: "a banner for a bakery grand opening", template: "poster", text: ["Bakery Grand Opening"] },
  { prompt: "a thumbnail for a travel vlog about Japan", template: "poster", text: ["Travel Vlog"] },
  { prompt: "a flyer for a yard sale on Saturday", template: "poster", text: ["Yard Sale"] },
  { prompt: "a summer music festival poster", template: "poster", text: ["Summer Music Festival"] },
  { prompt: "motivational poster about teamwork", template: "poster", text: ["Teamwork"] },
  { prompt: "a cover for my poetry zine", template: "poster", text: ["Poetry Zine"] },
  { prompt: "a web banner: spring collection, 30% off", template: "poster", text: ["30%", "OFF"] },
  { prompt: "a wanted poster for a cat", template: "poster", subjects: ["cat"], text: ["Wanted"] },
  // Things nothing else claims get a poster titled with their words.
  { prompt: "the smell of rain on warm pavement", template: "illustration" },
  { prompt: "a farewell card for a coworker", template: "poster", text: ["Farewell Card"] },
  { prompt: "a moment of silence", template: "poster", text: ["Moment of Silence"] },
  { prompt: "a tribute to my grandmother", template: "poster", text: ["Tribute to My Grandmother"] },
  { prompt: "my startup's mission", template: "poster" },
  { prompt: "an ode to procrastination", template: "poster", text: ["Ode to Procrastination"] },
  // Everyday things drawn as illustrations of their subject.
  { prompt: "a reading chair by a lamp", template: "illustration", subjects: ["chair"] },
  { prompt: "a basketball hoop", template: "illustration", subjects: ["basketball"] },
  { prompt: "an empty train station at midnight", template: "illustration", subjects: ["train"] },
  { prompt: "a kid's drawing of a family", template: "illustration", subjects: ["person"] },
];

export default CASES;
