import { describe, expect, it } from "vitest";
import { run } from "./helpers";

// [prompt, expected kind]. Includes the compound and ambiguous cases the ordering rules exist for.
const IMAGE_KINDS: [string, string][] = [
  ["Analytics dashboard with 4 KPI cards", "dashboard"],
  ["admin panel with a bar chart and a table", "dashboard"],
  ["SaaS landing page with a hero section", "landing-page"],
  ["homepage for a coffee shop", "landing-page"],
  ["Mobile app screen for a habit tracker", "mobile-app"],
  ["login form", "form"],
  ["Sign up screen for a mobile app", "form"],
  ["contact form with name, email and message", "form"],
  ["table of users with 5 columns", "table"],
  ["todo list view", "table"],
  ["bar chart of sales: Jan 12, Feb 19, Mar 7", "bar-chart"],
  ["histogram of response times", "bar-chart"],
  ["revenue chart", "bar-chart"],
  ["line chart of monthly active users", "line-chart"],
  ["stock price over time", "line-chart"],
  ["pie chart of market share", "pie-chart"],
  ["donut chart with 4 slices", "pie-chart"],
  ["flowchart steps: plan, build, ship", "flowchart"],
  ["flow chart of the checkout process", "flowchart"],
  ["product roadmap timeline", "timeline"],
  ["org chart for a startup", "org-chart"],
  ["organizational chart of the sales team", "org-chart"],
  ["mind map about climate change", "mind-map"],
  ["rocket icon", "icon"],
  ["favicon with the letter K", "icon"],
  ["logo for Acme Robotics", "logo"],
  ["verified shield badge", "badge"],
  ["build passing badge", "badge"],
  ["sunset gradient background", "gradient"],
  ["wavy lines pattern", "waves"],
  ["polka dots background", "dots"],
  ["grainy noise texture", "noise"],
  ["geometric triangle pattern", "geometric"],
  ["hexagon wallpaper", "geometric"],
  ["Sunset over the sea", "sunset"],
  ["city skyline at dusk", "city-skyline"],
  ["night sky full of stars over the hills", "night-sky"],
  ["snowy mountains", "mountains"],
  ["pine forest in the fog", "forest"],
  ["calm sea with a lighthouse", "sea"],
  ["rolling hills landscape", "landscape"],
  ["landscape format picture of rolling hills", "landscape"],
  ["avatar for Ada Lovelace", "avatar"],
  ["profile picture for a user called Sam", "avatar"],
  ["the feeling of a quiet sunday morning", "poster"],
];

const AUDIO_KINDS: [string, string][] = [
  ["notification chime", "chime"],
  ["soft ding", "chime"],
  ["doorbell", "chime"],
  ["error buzz", "error"],
  ["warning alarm", "alert"],
  ["three short beeps", "beep"],
  ["gentle rain", "rain"],
  ["thunderstorm", "rain"],
  ["howling wind", "wind"],
  ["ocean waves on the beach", "ocean"],
  ["happy jingle at 120 bpm", "melody"],
  ["sad piano melody", "melody"],
  ["hip hop drum loop", "drums"],
  ["8-bit jump sound", "jump"],
  ["retro coin pickup", "coin"],
  ["8-bit game sound", "coin"],
  ["laser zap", "laser"],
  ["power-up", "power-up"],
  ["explosion", "explosion"],
  ["sine sweep from 200 Hz to 2 kHz", "sweep"],
  ["440 Hz tone", "tone"],
  ["something nice", "melody"],
];

describe("kind detection", () => {
  it.each(IMAGE_KINDS)("image %j -> %s", (prompt, kind) => {
    expect(run(prompt).kind).toBe(kind);
  });
  it.each(AUDIO_KINDS)("audio %j -> %s", (prompt, kind) => {
    expect(run(prompt, "audio", { duration_s: 0.5 }).kind).toBe(kind);
  });
  it("video uses the same subject detection as images", () => {
    expect(run("bar chart of sales", "video").kind).toBe("bar-chart");
    expect(run("sunset over the sea", "video").kind).toBe("sunset");
  });
});

describe("logo names", () => {
  const words = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  it("never promotes a word of the description to a brand name", () => {
    const svg = new TextDecoder().decode(run("a minimal logo for a bakery").bytes);
    expect(words(svg)).not.toContain("Bakery");
  });
  it("uses a capitalised or quoted name as the wordmark", () => {
    expect(words(new TextDecoder().decode(run('a minimal logo for "Crumb & Co"').bytes)).join(" ")).toContain("Crumb");
  });
});
