// Engine speed. Run: npx vitest bench --run --project engine (npm run bench reports it beside the API)
// Budget (issue 3): about 1 ms per typical image, well under a second for 30 s of audio.
import { bench, describe } from "vitest";
import { render, type EngineRequest } from "../src";
import { artwork } from "./artwork";

const cases: [string, EngineRequest][] = [
  ["image: dashboard", { description: 'Analytics dashboard for "Nimbus" with 4 cards, dark mode', media_type: "image" }],
  ["image: landing page", { description: "SaaS landing page with 3 features", media_type: "image" }],
  ["image: bar chart", { description: "Bar chart of sales: Jan 12, Feb 19, Mar 7, Apr 25", media_type: "image" }],
  ["image: line chart", { description: "Line chart of revenue vs cost", media_type: "image" }],
  ["image: pie chart", { description: "Donut chart of market share", media_type: "image" }],
  ["image: flowchart", { description: "Flowchart steps: plan, build, test, review?, ship", media_type: "image" }],
  ["image: mind map", { description: "Mind map about edge computing", media_type: "image" }],
  ["image: icon", { description: "Rocket icon, rounded", media_type: "image" }],
  ["image: mountains", { description: "Mountain landscape with snowy peaks", media_type: "image" }],
  ["image: city skyline", { description: "City skyline at night", media_type: "image" }],
  ["image: triangles 4096px", { description: "geometric triangle pattern", media_type: "image", options: { width: 4096, height: 4096 } }],
  ["image: avatar", { description: "Avatar for Ada Lovelace", media_type: "image" }],
  ["image: pricing page", { description: "Pricing page with three plans: Starter $9, Pro $29, Enterprise", media_type: "image" }],
  ["image: calendar", { description: "Calendar for March 2026 with events: standup, offsite, launch", media_type: "image" }],
  ["image: weather app", { description: "Weather app for Oslo, snowy, -3°C", media_type: "image" }],
  ["image: map with pins", { description: "Map with pins for the café, the museum and the station", media_type: "image" }],
  ["image: hostile 10k chars", { description: "数据仪表板 🚀 </svg><script> ".repeat(400).slice(0, 10000), media_type: "image" }],
  ["image: illustration dog + ball in a park", { description: "a dog playing with a ball in a park", media_type: "image" }],
  ["image: illustration coffee cup with steam", { description: "a coffee cup with steam", media_type: "image" }],
  ["image: illustration rainy window, city lights", { description: "a rainy window with city lights", media_type: "image" }],
  ["image: illustration underwater fish + coral", { description: "an underwater scene with fish and coral", media_type: "image" }],
  ["image: illustration neon street, red car", { description: "neon cyberpunk city street at night with a red car", media_type: "image" }],
  ["image: portrait woman, glasses, blue jacket", { description: "a smiling woman with glasses in a blue jacket", media_type: "image" }],
  ["image: logo cat for a coffee shop", { description: "a cute cat logo for a coffee shop", media_type: "image" }],
  ["image: poster fallback", { description: "the feeling of a quiet sunday morning", media_type: "image" }],
  ["image: sale banner", { description: "a sale banner 50% off", media_type: "image" }],
  ["image: recipe card", { description: "a recipe card for pancakes", media_type: "image" }],
  ["image: invoice", { description: "an invoice for logo design: logo $400, business cards $150", media_type: "image" }],
  ["image: weekly planner", { description: "a weekly planner", media_type: "image" }],
  ["video: bouncing red ball", { description: "a bouncing red ball", media_type: "video" }],
  ["video: bar chart 5 s", { description: "Bar chart where bars grow", media_type: "video" }],
  ["video: sunset 6 s", { description: "Sunset over the sea, 6 second loop", media_type: "video" }],
  ["audio: chime 3 s", { description: "Notification chime", media_type: "audio" }],
  ["audio: beep 0.5 s", { description: "beep", media_type: "audio", options: { duration_s: 0.5 } }],
  ["audio: melody 30 s", { description: "Happy jingle at 120 bpm", media_type: "audio", options: { duration_s: 30 } }],
  ["audio: drums 30 s", { description: "Drum loop 96 bpm", media_type: "audio", options: { duration_s: 30 } }],
  ["audio: rain 30 s", { description: "Heavy rain with thunder", media_type: "audio", options: { duration_s: 30 } }],
  ["audio: applause 30 s", { description: "Applause from a big crowd", media_type: "audio", options: { duration_s: 30 } }],
  ["audio: birds 30 s", { description: "Birds chirping", media_type: "audio", options: { duration_s: 30 } }],
  ["audio: typing 30 s", { description: "Typing on a keyboard", media_type: "audio", options: { duration_s: 30 } }],
  ["audio: ocean 30 s", { description: "Ocean waves", media_type: "audio", options: { duration_s: 30 } }],
  ["audio: wind 30 s", { description: "Howling wind", media_type: "audio", options: { duration_s: 30 } }],
  ["audio: level-up 1.5 s", { description: "Level up sound", media_type: "audio" }],
  ["audio: doorbell 3 s", { description: "Doorbell", media_type: "audio" }],
];

describe("engine render()", () => {
  for (const [name, req] of cases) bench(name, () => { render(req, { artwork }); }, { time: 300 });
});
