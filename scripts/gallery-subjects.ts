// The gallery's subject section: every setting, modifier (season, weather, time, style), mixed settings, people's
// attributes, logos/icons from subjects and verb-driven video, plus a sheet of every subject in the library.
import type { EngineRequest } from "@edge-media/engine";
import { SUBJECTS } from "../packages/engine/src/subjects/lexicon";
import { artworkFromDisk } from "./artwork-fs";

const img = (description: string): EngineRequest => ({ media_type: "image", description });
const vid = (description: string): EngineRequest => ({ media_type: "video", description });

export const SUBJECT_PROMPTS: EngineRequest[] = [
  // Settings
  img("a dog playing with a ball in a park"),
  img("a red car on a city street"),
  img("a turtle on the beach"),
  img("an orange cat sleeping on a sofa"),
  img("an underwater scene with fish and coral"),
  img("an astronaut floating in space"),
  img("a coffee cup with steam"),
  img("a laptop and a coffee mug on a desk"),
  img("a house with a garden and a tree"),
  // Mixed settings, counts, sizes, positions
  img("mountains with a lake and a boat"),
  img("a castle on a hill by the sea"),
  img("three red balloons and a yellow kite"),
  img("a big elephant and a small mouse"),
  img("a cat on the left and a dog on the right"),
  // Seasons, weather, time of day
  img("a fox in an autumn park"),
  img("a snowman in a winter garden"),
  img("a bee and some flowers in spring"),
  img("a woman walking a dog in the rain"),
  img("a foggy forest with a deer"),
  img("a thunderstorm over the city"),
  img("snow falling on a cabin at night"),
  img("a sailboat on the lake at sunset"),
  img("a tent by the lake under the stars"),
  img("a rainy window with city lights"),
  // Styles
  img("neon cyberpunk city street with a red car"),
  img("a pastel illustration of a bunny with balloons"),
  img("a minimalist illustration of a cat"),
  img("a retro car on a desert road"),
  img("a blueprint of a rocket"),
  // People
  img("a smiling woman with glasses in a blue jacket"),
  img("a man with a beard in a green shirt"),
  img("a girl with red hair"),
  img("an old woman with white hair"),
  img("two children playing in the park"),
  // Logos and icons from subjects
  img("a cute cat logo for a coffee shop"),
  img('a fox logo for "Fennec Labs"'),
  img("cat icon"),
  img("an outline dog icon"),
  // Video: motion from the verb
  vid("a bouncing red ball"),
  vid("a spinning soccer ball"),
  vid("a spinning globe"),
  vid("drone shot of mountains with a lake"),
  vid("a flower growing"),
  vid("a pulsing light bulb"),
  vid("a moon orbiting the earth"),
  vid("leaves falling in an autumn park"),
  vid("a car driving down the street"),
  vid("a hot air balloon drifting over the hills"),
  vid("snow falling on a cabin at night"),
  vid("a cup of coffee fading in"),
];

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** One page with every subject's artwork and the words that name it. */
export function subjectSheet(): string {
  const cells = SUBJECTS.map((s) => {
    const svg = (artworkFromDisk(s.icon) ?? "").replace(/<svg /, '<svg width="72" height="72" ');
    return `<figure>${svg}<figcaption><b>${esc(s.id)}</b> <small>${esc(s.cat)}</small><br><small>${esc(s.words.join(", "))}</small></figcaption></figure>`;
  }).join("\n");
  return `<!doctype html><meta charset="utf-8"><title>Subject library</title>
<style>body{font:13px system-ui,sans-serif;margin:24px;background:#f4f4f5}main{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:10px}
figure{margin:0;background:#fff;border-radius:8px;padding:8px;text-align:center}small{color:#71717a}</style>
<h1>Subject library: ${SUBJECTS.length} subjects</h1><p>Artwork: Fluent Emoji Flat by Microsoft (MIT), see packages/engine/artwork/LICENSE.txt.</p><main>${cells}</main>`;
}
