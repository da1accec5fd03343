// A spread of kinds and media; the golden digests were produced in Node (engine.node.test.ts writes them with
// UPDATE_GOLDEN=1). This file runs inside workerd, so matching them proves both runtimes emit identical bytes.
export const GOLDEN_CASES: [string, "image" | "video" | "audio", number | undefined][] = [
  ["Analytics dashboard with 4 cards, dark mode", "image", 7],
  ["Line chart of revenue vs cost", "image", 11],
  ["Donut chart: a 30, b 20, c 50", "image", undefined],
  ["Mind map about edge computing", "image", 3],
  ["Mountain landscape with snowy peaks", "image", 42],
  ["Grainy noise texture, purple", "image", 5],
  ["Avatar for Ada Lovelace", "image", undefined],
  ["Sunset over the sea, 6 second loop", "video", 9],
  ["Flowchart plan -> build -> ship", "video", undefined],
  ["a dog playing with a ball in a park", "image", 12],
  ["a bouncing red ball", "video", undefined],
  ["Notification chime", "audio", 1],
  ["Happy jingle at 120 bpm, 4 seconds", "audio", 2],
  ["Gentle rain, 2 seconds", "audio", 3],
  ["Drum loop 96 bpm, 2 seconds", "audio", undefined],
];

