// Everyday picture and video prompts about things (animals, people, objects, scenes with modifiers, logos and
// icons, short videos), each with the template that must draw it and the subjects that must be in it. Written
// from what people ask for. Read by the relevance runner; `motion` names the SMIL a video must contain.
export interface RelevanceCase {
  prompt: string;
  media?: "image" | "video";
  template: string;
  /** Subject ids that must all be in the result (any order; others may appear too). */
  subjects?: string[];
  /** Video only: an animation that must be present (attributeName, or animateTransform type, or "motion"). */
  motion?: "rotate" | "translate" | "scale" | "opacity" | "motion";
}

const I = "illustration";

export const SUBJECT_CASES: RelevanceCase[] = [
  // Animals
  { prompt: "a cat", template: I, subjects: ["cat"] },
  { prompt: "a cute puppy", template: I, subjects: ["dog"] },
  { prompt: "a dog playing with a ball in a park", template: I, subjects: ["dog", "ball"] },
  { prompt: "an orange cat sleeping on a sofa", template: I, subjects: ["cat", "couch"] },
  { prompt: "two horses in a field", template: I, subjects: ["horse"] },
  { prompt: "a cow on a farm", template: I, subjects: ["cow"] },
  { prompt: "a fox in an autumn forest", template: I, subjects: ["fox"] },
  { prompt: "a penguin on the ice", template: I, subjects: ["penguin"] },
  { prompt: "an owl on a tree at night", template: I, subjects: ["owl"] },
  { prompt: "a butterfly on a flower", template: I, subjects: ["butterfly", "flower"] },
  { prompt: "an elephant and a giraffe in the savanna", template: I, subjects: ["elephant", "giraffe"] },
  { prompt: "three ducks on a pond", template: I, subjects: ["duck"] },
  { prompt: "a whale in the ocean", template: I, subjects: ["whale"] },
  { prompt: "an underwater scene with fish and coral", template: I, subjects: ["fish", "coral"] },
  { prompt: "a turtle on the beach", template: I, subjects: ["turtle"] },
  { prompt: "a unicorn with a rainbow", template: I, subjects: ["unicorn", "rainbow"] },
  { prompt: "a dinosaur in the jungle", template: I, subjects: ["dinosaur"] },
  { prompt: "a bunny in the snow", template: I, subjects: ["rabbit"] },
  { prompt: "a bee and some flowers in spring", template: I, subjects: ["bee", "flower"] },
  { prompt: "an octopus and a jellyfish under the sea", template: I, subjects: ["octopus", "jellyfish"] },
  // People
  { prompt: "a smiling woman with glasses", template: I, subjects: ["person"] },
  { prompt: "a man with a beard in a blue shirt", template: I, subjects: ["person"] },
  { prompt: "a girl with red hair", template: I, subjects: ["person"] },
  { prompt: "two children playing in the park", template: I, subjects: ["person"] },
  { prompt: "a woman walking a dog in the rain", template: I, subjects: ["person", "dog"] },
  { prompt: "an astronaut floating in space", template: I, subjects: ["astronaut"] },
  { prompt: "a man in a red jacket on a snowy street", template: I, subjects: ["person"] },
  { prompt: "an old man reading a book", template: I, subjects: ["person", "book"] },
  // Vehicles
  { prompt: "a red car", template: I, subjects: ["car"] },
  { prompt: "a red car on a city street at night", template: I, subjects: ["car"] },
  { prompt: "a yellow school bus", template: I, subjects: ["bus"] },
  { prompt: "a bicycle leaning on a tree", template: I, subjects: ["bicycle", "tree"] },
  { prompt: "an airplane in the sky over the mountains", template: I, subjects: ["airplane"] },
  { prompt: "a sailboat on the lake at sunset", template: I, subjects: ["boat"] },
  { prompt: "a rocket launching into space", template: I, subjects: ["rocket"] },
  { prompt: "a fire truck and an ambulance", template: I, subjects: ["fire-truck", "ambulance"] },
  { prompt: "a train crossing the countryside", template: I, subjects: ["train"] },
  // Buildings
  { prompt: "a house with a garden and a tree", template: I, subjects: ["house", "tree"] },
  { prompt: "a castle on a hill", template: I, subjects: ["castle"] },
  { prompt: "a cozy cabin in a snowy forest", template: I, subjects: ["house"] },
  { prompt: "a tent by the lake under the stars", template: I, subjects: ["tent"] },
  { prompt: "a school with a playground", template: I, subjects: ["school"] },
  // Food and drink
  { prompt: "a coffee cup with steam", template: I, subjects: ["coffee"] },
  { prompt: "a slice of pizza", template: I, subjects: ["pizza"] },
  { prompt: "a burger and fries", template: I, subjects: ["burger", "fries"] },
  { prompt: "a birthday cake with candles", template: I, subjects: ["cake", "candle"] },
  { prompt: "a bowl of ramen", template: I, subjects: ["soup"] },
  { prompt: "an ice cream cone on a sunny day", template: I, subjects: ["ice-cream"] },
  { prompt: "a glass of wine and some cheese", template: I, subjects: ["wine", "cheese"] },
  { prompt: "fresh strawberries and a banana", template: I, subjects: ["strawberry", "banana"] },
  { prompt: "a cup of tea on a table", template: I, subjects: ["tea"] },
  // Plants
  { prompt: "a sunflower", template: I, subjects: ["sunflower"] },
  { prompt: "a cactus in the desert", template: I, subjects: ["cactus"] },
  { prompt: "a palm tree on a beach", template: I, subjects: ["palm"] },
  { prompt: "a potted plant by the window", template: I, subjects: ["houseplant"] },
  { prompt: "a bouquet of roses", template: I, subjects: ["bouquet"] },
  // Objects and devices
  { prompt: "a laptop and a coffee mug on a desk", template: I, subjects: ["laptop", "coffee"] },
  { prompt: "a red umbrella in the rain", template: I, subjects: ["umbrella"] },
  { prompt: "three red balloons", template: I, subjects: ["balloon"] },
  { prompt: "a gift box with a ribbon", template: I, subjects: ["gift"] },
  { prompt: "a guitar and headphones", template: I, subjects: ["guitar", "headphones"] },
  { prompt: "an old camera", template: I, subjects: ["camera"] },
  { prompt: "a robot waving", template: I, subjects: ["robot"] },
  { prompt: "a smartphone on a table", template: I, subjects: ["phone"] },
  { prompt: "a teddy bear on a bed", template: I, subjects: ["teddy-bear", "bed"] },
  { prompt: "a trophy", template: I, subjects: ["trophy"] },
  // Weather and space
  { prompt: "a snowman in the snow", template: I, subjects: ["snowman"] },
  { prompt: "a rainbow over the hills", template: I, subjects: ["rainbow"] },
  { prompt: "a planet with rings", template: I, subjects: ["planet"] },
  { prompt: "the earth seen from space with a satellite", template: I, subjects: ["earth", "satellite"] },
  { prompt: "a ufo over a farm at night", template: I, subjects: ["ufo"] },
  { prompt: "a campfire in the woods at night", template: I, subjects: ["fire"] },
  // Scenes with modifiers (no subject: the scene template; with subjects: an illustration)
  { prompt: "a rainy window with city lights", template: "city-skyline" },
  { prompt: "an autumn park with a bench and a dog", template: I, subjects: ["dog"] },
  { prompt: "neon cyberpunk city street with a car", template: I, subjects: ["car"] },
  { prompt: "a snowy village with houses", template: I, subjects: ["house"] },
  { prompt: "a foggy forest with a deer", template: I, subjects: ["deer"] },
  { prompt: "mountains with a lake and a boat", template: I, subjects: ["boat"] },
  { prompt: "a pastel illustration of a bunny with balloons", template: I, subjects: ["rabbit", "balloon"] },
  { prompt: "a retro car on a desert road", template: I, subjects: ["car"] },
  { prompt: "a blueprint of a rocket", template: I, subjects: ["rocket"] },
  { prompt: "a minimalist illustration of a cat", template: I, subjects: ["cat"] },
  { prompt: "a thunderstorm over the city", template: "city-skyline" },
  { prompt: "a beach with palm trees at sunset", template: I, subjects: ["palm"] },
  // Logos and icons: the mark comes from the subject noun
  { prompt: "a cute cat logo for a coffee shop", template: "logo", subjects: ["cat", "coffee"] },
  { prompt: "logo for Bean Town with a coffee cup", template: "logo", subjects: ["coffee"] },
  { prompt: "a fox logo for a tech startup", template: "logo", subjects: ["fox"] },
  { prompt: "pizza restaurant logo", template: "logo", subjects: ["pizza"] },
  { prompt: "cat icon", template: "icon", subjects: ["cat"] },
  { prompt: "a rocket app icon", template: "icon", subjects: ["rocket"] },
  { prompt: "weather app icon with a sun", template: "icon", subjects: ["sun"] },
  { prompt: "an outline dog icon", template: "icon", subjects: ["dog"] },
  // Short videos: the motion matches the verb
  { prompt: "a bouncing red ball", media: "video", template: I, subjects: ["ball"], motion: "translate" },
  { prompt: "a spinning soccer ball", media: "video", template: I, subjects: ["football"], motion: "rotate" },
  { prompt: "a spinning globe", media: "video", template: I, subjects: ["earth"], motion: "rotate" },
  { prompt: "drone shot of mountains with a lake", media: "video", template: "mountains", motion: "scale" },
  { prompt: "a flower growing", media: "video", template: I, subjects: ["flower"], motion: "scale" },
  { prompt: "a pulsing light bulb", media: "video", template: I, subjects: ["light-bulb"], motion: "scale" },
  { prompt: "a moon orbiting the earth", media: "video", template: I, subjects: ["earth"], motion: "motion" },
  { prompt: "leaves falling in an autumn park", media: "video", template: I, subjects: ["leaf"], motion: "translate" },
  { prompt: "a car driving down the street", media: "video", template: I, subjects: ["car"], motion: "translate" },
  { prompt: "a hot air balloon drifting over the hills", media: "video", template: I, subjects: ["balloon"], motion: "translate" },
  { prompt: "snow falling on a cabin at night", media: "video", template: I, subjects: ["house"], motion: "translate" },
  { prompt: "a fish swimming in the sea", media: "video", template: I, subjects: ["fish"], motion: "translate" },
  { prompt: "a bird flying over the sea", media: "video", template: I, subjects: ["bird"], motion: "translate" },
  { prompt: "a cup of coffee fading in", media: "video", template: I, subjects: ["coffee"], motion: "opacity" },
];

export default SUBJECT_CASES;
