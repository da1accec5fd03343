// The subject library: everyday nouns -> an illustration from Fluent Emoji Flat (MIT, Microsoft; the files live
// in packages/engine/artwork, written by `npm run engine:artwork`). Each row: icon name, category, the words
// that name it (singular; regular plurals are derived, irregular ones listed), and how it sits in a scene.
//   size: height relative to a standing adult (1); place: where it goes in a scene.

export type Category = "animal" | "person" | "vehicle" | "building" | "food" | "plant" | "object" | "device" | "weather" | "space";
export type Place = "ground" | "sky" | "water" | "table" | "space";

export interface SubjectDef {
  /** Canonical subject id (the first word), reported in the render result. */
  id: string;
  icon: string;
  cat: Category;
  size: number;
  place: Place;
  words: string[];
}

type Row = [icon: string, cat: Category, size: number, place: Place, words: string];

// Order matters only for ties: multi-word names are matched before single words anyway.
const ROWS: Row[] = [
  // Animals
  ["cat", "animal", 0.45, "ground", "cat kitten kitty kitties"],
  ["dog", "animal", 0.6, "ground", "dog puppy puppies doggy pup"],
  ["bird", "animal", 0.25, "sky", "bird songbird sparrow robin"],
  ["tropical-fish", "animal", 0.3, "water", "fish fishes goldfish tropical fish"],
  ["horse", "animal", 1.4, "ground", "horse pony ponies stallion"],
  ["cow", "animal", 1.3, "ground", "cow cattle calf calves"],
  ["pig", "animal", 0.7, "ground", "pig piglet"],
  ["rabbit", "animal", 0.35, "ground", "rabbit bunny bunnies hare"],
  ["bear", "animal", 1.5, "ground", "bear grizzly"],
  ["fox", "animal", 0.55, "ground", "fox foxes"],
  ["lion", "animal", 1.1, "ground", "lion lioness"],
  ["tiger", "animal", 1.1, "ground", "tiger"],
  ["elephant", "animal", 2.4, "ground", "elephant"],
  ["monkey", "animal", 0.7, "ground", "monkey ape chimp chimpanzee"],
  ["penguin", "animal", 0.6, "ground", "penguin"],
  ["owl", "animal", 0.35, "sky", "owl"],
  ["duck", "animal", 0.35, "water", "duck duckling"],
  ["rooster", "animal", 0.45, "ground", "chicken hen rooster"],
  ["baby-chick", "animal", 0.2, "ground", "chick"],
  ["frog", "animal", 0.25, "ground", "frog toad"],
  ["turtle", "animal", 0.35, "ground", "turtle tortoise"],
  ["snake", "animal", 0.35, "ground", "snake serpent"],
  ["butterfly", "animal", 0.18, "sky", "butterfly butterflies"],
  ["honeybee", "animal", 0.12, "sky", "bee bumblebee honeybee"],
  ["unicorn", "animal", 1.4, "ground", "unicorn"],
  ["spouting-whale", "animal", 2.2, "water", "whale"],
  ["dolphin", "animal", 1.2, "water", "dolphin"],
  ["octopus", "animal", 0.6, "water", "octopus octopi"],
  ["crab", "animal", 0.25, "ground", "crab"],
  ["shark", "animal", 1.8, "water", "shark"],
  ["snail", "animal", 0.15, "ground", "snail"],
  ["ewe", "animal", 0.8, "ground", "sheep lamb"],
  ["goat", "animal", 0.8, "ground", "goat"],
  ["mouse", "animal", 0.15, "ground", "mouse mice rat"],
  ["panda", "animal", 1.2, "ground", "panda"],
  ["giraffe", "animal", 2.6, "ground", "giraffe"],
  ["zebra", "animal", 1.3, "ground", "zebra"],
  ["deer", "animal", 1.3, "ground", "deer reindeer fawn"],
  ["koala", "animal", 0.6, "ground", "koala"],
  ["hedgehog", "animal", 0.2, "ground", "hedgehog"],
  ["parrot", "animal", 0.35, "sky", "parrot"],
  ["eagle", "animal", 0.5, "sky", "eagle hawk"],
  ["flamingo", "animal", 1.1, "ground", "flamingo"],
  ["t-rex", "animal", 2.8, "ground", "dinosaur dino t-rex trex"],
  ["lady-beetle", "animal", 0.1, "ground", "ladybug ladybird beetle"],
  ["spider", "animal", 0.15, "ground", "spider"],
  ["jellyfish", "animal", 0.5, "water", "jellyfish"],
  ["lobster", "animal", 0.4, "water", "lobster"],
  ["seal", "animal", 0.9, "ground", "seal"],
  // People (attributes pick the variant and the clothing colour; see people.ts)
  ["person-standing", "person", 1, "ground", "person people human humans man men woman women guy lady ladies girl boy child children kid kids baby babies friend family families crowd couple knight warrior"],
  ["astronaut", "person", 1, "space", "astronaut spaceman cosmonaut"],
  // Vehicles
  ["automobile", "vehicle", 0.9, "ground", "car automobile sedan"],
  ["racing-car", "vehicle", 0.7, "ground", "race car racecar racing car sports car formula"],
  ["bus", "vehicle", 1.8, "ground", "bus school bus"],
  ["delivery-truck", "vehicle", 1.7, "ground", "truck lorry van"],
  ["bicycle", "vehicle", 0.7, "ground", "bicycle bike cycle"],
  ["motorcycle", "vehicle", 0.8, "ground", "motorcycle motorbike"],
  ["locomotive", "vehicle", 1.8, "ground", "train locomotive steam train"],
  ["airplane", "vehicle", 0.9, "sky", "airplane aeroplane plane jet aircraft"],
  ["helicopter", "vehicle", 0.9, "sky", "helicopter chopper"],
  ["sailboat", "vehicle", 1.2, "water", "boat sailboat yacht"],
  ["passenger-ship", "vehicle", 2.2, "water", "ship cruise ship ferry"],
  ["rocket", "vehicle", 1.6, "space", "rocket spaceship spacecraft"],
  ["tractor", "vehicle", 1.2, "ground", "tractor"],
  ["taxi", "vehicle", 0.9, "ground", "taxi cab"],
  ["police-car", "vehicle", 0.9, "ground", "police car"],
  ["ambulance", "vehicle", 1.3, "ground", "ambulance"],
  ["fire-engine", "vehicle", 1.5, "ground", "fire truck fire engine firetruck"],
  ["kick-scooter", "vehicle", 0.6, "ground", "scooter"],
  ["flying-saucer", "vehicle", 0.8, "sky", "ufo flying saucer"],
  // Buildings
  ["house", "building", 2.6, "ground", "house home cottage cabin"],
  ["house-with-garden", "building", 2.6, "ground", "house with a garden"],
  ["office-building", "building", 4, "ground", "office building skyscraper tower"],
  ["school", "building", 3, "ground", "school"],
  ["hospital", "building", 3.2, "ground", "hospital"],
  ["castle", "building", 4, "ground", "castle palace"],
  ["church", "building", 3.4, "ground", "church chapel"],
  ["stadium", "building", 3, "ground", "stadium arena"],
  ["tent", "building", 1.2, "ground", "tent campsite camping"],
  ["factory", "building", 3, "ground", "factory plant factory"],
  ["bank", "building", 3, "ground", "bank"],
  ["hotel", "building", 3.6, "ground", "hotel"],
  ["classical-building", "building", 3, "ground", "museum temple library courthouse"],
  ["convenience-store", "building", 2.6, "ground", "shop store cafe café bakery restaurant"],
  // Food and drink
  ["hot-beverage", "food", 0.35, "table", "coffee coffee cup coffee mug mug latte espresso cappuccino hot chocolate cocoa tea cup cup"],
  ["teacup-without-handle", "food", 0.3, "table", "tea green tea matcha"],
  ["pizza", "food", 0.35, "table", "pizza"],
  ["hamburger", "food", 0.35, "table", "burger hamburger cheeseburger"],
  ["red-apple", "food", 0.22, "table", "apple"],
  ["banana", "food", 0.25, "table", "banana"],
  ["birthday-cake", "food", 0.45, "table", "cake birthday cake"],
  ["cupcake", "food", 0.3, "table", "cupcake muffin"],
  ["doughnut", "food", 0.25, "table", "donut doughnut"],
  ["soft-ice-cream", "food", 0.35, "table", "ice cream icecream ice-cream cone gelato"],
  ["bread", "food", 0.3, "table", "bread loaf"],
  ["cheese-wedge", "food", 0.25, "table", "cheese"],
  ["egg", "food", 0.18, "table", "egg"],
  ["sushi", "food", 0.25, "table", "sushi"],
  ["taco", "food", 0.25, "table", "taco"],
  ["strawberry", "food", 0.18, "table", "strawberry strawberries"],
  ["grapes", "food", 0.25, "table", "grape grapes"],
  ["watermelon", "food", 0.3, "table", "watermelon"],
  ["cherries", "food", 0.18, "table", "cherry cherries"],
  ["lemon", "food", 0.2, "table", "lemon"],
  ["tangerine", "food", 0.2, "table", "orange oranges tangerine mandarin"],
  ["carrot", "food", 0.25, "table", "carrot"],
  ["avocado", "food", 0.22, "table", "avocado"],
  ["beer-mug", "food", 0.35, "table", "beer"],
  ["wine-glass", "food", 0.4, "table", "wine glass of wine"],
  ["cocktail-glass", "food", 0.35, "table", "cocktail martini"],
  ["tropical-drink", "food", 0.35, "table", "smoothie juice lemonade"],
  ["glass-of-milk", "food", 0.35, "table", "milk"],
  ["cookie", "food", 0.2, "table", "cookie biscuit"],
  ["croissant", "food", 0.25, "table", "croissant pastry"],
  ["hot-dog", "food", 0.25, "table", "hot dog hotdog"],
  ["french-fries", "food", 0.3, "table", "fries french fries chips"],
  ["popcorn", "food", 0.35, "table", "popcorn"],
  ["green-salad", "food", 0.3, "table", "salad"],
  ["steaming-bowl", "food", 0.3, "table", "soup noodles ramen bowl"],
  ["chocolate-bar", "food", 0.25, "table", "chocolate"],
  ["lollipop", "food", 0.3, "table", "lollipop candy sweets"],
  ["bubble-tea", "food", 0.4, "table", "bubble tea boba"],
  // Plants
  ["deciduous-tree", "plant", 2.8, "ground", "tree oak maple tree"],
  ["evergreen-tree", "plant", 3, "ground", "pine pine tree fir spruce evergreen"],
  ["christmas-tree", "plant", 2.4, "ground", "christmas tree xmas tree"],
  ["palm-tree", "plant", 3, "ground", "palm palm tree coconut tree"],
  ["cactus", "plant", 1.2, "ground", "cactus cacti succulent"],
  ["blossom", "plant", 0.2, "ground", "flower blossom daisy"],
  ["rose", "plant", 0.3, "ground", "rose"],
  ["tulip", "plant", 0.3, "ground", "tulip"],
  ["sunflower", "plant", 0.6, "ground", "sunflower"],
  ["cherry-blossom", "plant", 0.2, "ground", "cherry blossom sakura"],
  ["herb", "plant", 0.2, "ground", "herb bush shrub"],
  ["maple-leaf", "plant", 0.15, "sky", "leaf maple leaf autumn leaf"],
  ["mushroom", "plant", 0.2, "ground", "mushroom toadstool"],
  ["seedling", "plant", 0.2, "ground", "seedling sprout"],
  ["potted-plant", "plant", 0.5, "ground", "houseplant potted plant plant"],
  ["bouquet", "plant", 0.45, "table", "bouquet"],
  ["four-leaf-clover", "plant", 0.15, "ground", "clover shamrock"],
  // Everyday objects
  ["ball", "object", 0.22, "ground", "ball"],
  ["soccer-ball", "object", 0.22, "ground", "football soccer ball soccer"],
  ["basketball", "object", 0.24, "ground", "basketball"],
  ["tennis", "object", 0.3, "ground", "tennis tennis racket"],
  ["balloon", "object", 0.5, "sky", "balloon hot air balloon"],
  ["kite", "object", 0.5, "sky", "kite"],
  ["books", "object", 0.3, "table", "book books novel"],
  ["pencil", "object", 0.3, "table", "pencil pen"],
  ["scissors", "object", 0.25, "table", "scissors"],
  ["umbrella", "object", 0.9, "ground", "umbrella parasol"],
  ["key", "object", 0.15, "table", "key"],
  ["wrapped-gift", "object", 0.35, "table", "gift present"],
  ["light-bulb", "object", 0.3, "table", "light bulb lightbulb bulb lamp idea"],
  ["candle", "object", 0.3, "table", "candle"],
  ["alarm-clock", "object", 0.3, "table", "clock alarm clock"],
  ["backpack", "object", 0.45, "ground", "backpack rucksack bag"],
  ["glasses", "object", 0.15, "table", "glasses spectacles"],
  ["top-hat", "object", 0.3, "table", "hat top hat"],
  ["crown", "object", 0.3, "table", "crown"],
  ["guitar", "object", 0.8, "ground", "guitar"],
  ["trophy", "object", 0.4, "table", "trophy"],
  ["envelope", "object", 0.25, "table", "envelope letter"],
  ["chair", "object", 0.8, "ground", "chair"],
  ["bed", "object", 0.9, "ground", "bed"],
  ["couch-and-lamp", "object", 1, "ground", "couch sofa armchair reading nook nook lamp floor lamp"],
  ["teddy-bear", "object", 0.45, "ground", "teddy bear teddy"],
  ["anchor", "object", 0.5, "ground", "anchor"],
  ["compass", "object", 0.3, "table", "compass"],
  ["artist-palette", "object", 0.35, "table", "paintbrush paint palette easel"],
  ["hammer", "object", 0.3, "table", "hammer"],
  ["shopping-cart", "object", 0.8, "ground", "shopping cart trolley"],
  ["money-bag", "object", 0.4, "table", "money bag money"],
  ["gem-stone", "object", 0.2, "table", "diamond gem jewel"],
  // Devices
  ["mobile-phone", "device", 0.3, "table", "phone smartphone mobile phone cellphone iphone"],
  ["laptop", "device", 0.45, "table", "laptop notebook computer macbook"],
  ["desktop-computer", "device", 0.6, "table", "computer desktop computer pc monitor"],
  ["television", "device", 0.7, "table", "tv television"],
  ["camera", "device", 0.3, "table", "camera"],
  ["headphone", "device", 0.3, "table", "headphones headphone headset"],
  ["watch", "device", 0.2, "table", "wristwatch smartwatch"],
  ["robot", "device", 1, "ground", "robot android bot"],
  ["video-game", "device", 0.25, "table", "controller gamepad joystick game controller"],
  ["studio-microphone", "device", 0.4, "table", "microphone mic"],
  ["radio", "device", 0.35, "table", "radio"],
  ["battery", "device", 0.25, "table", "battery"],
  ["printer", "device", 0.5, "table", "printer"],
  // Weather
  ["sun", "weather", 1, "sky", "sun sunshine"],
  ["cloud", "weather", 1, "sky", "cloud"],
  ["cloud-with-rain", "weather", 1, "sky", "rain cloud raincloud"],
  ["cloud-with-lightning", "weather", 1, "sky", "lightning thunder lightning bolt"],
  ["snowflake", "weather", 0.3, "sky", "snowflake"],
  ["rainbow", "weather", 2, "sky", "rainbow"],
  ["tornado", "weather", 2, "ground", "tornado twister"],
  ["snowman", "weather", 1, "ground", "snowman"],
  ["thermometer", "weather", 0.4, "table", "thermometer temperature"],
  ["fire", "weather", 0.6, "ground", "fire flame flames campfire bonfire"],
  ["droplet", "weather", 0.2, "sky", "droplet raindrop water drop"],
  // Space
  ["ringed-planet", "space", 1.2, "space", "planet saturn"],
  ["crescent-moon", "space", 0.8, "sky", "moon crescent moon crescent"],
  ["glowing-star", "space", 0.3, "sky", "star"],
  ["globe-showing-americas", "space", 1.2, "space", "earth globe planet earth"],
  ["satellite", "space", 0.7, "space", "satellite"],
  ["comet", "space", 0.8, "space", "comet asteroid meteor"],
  ["telescope", "space", 0.6, "ground", "telescope"],
  ["alien", "space", 0.7, "ground", "alien extraterrestrial"],
  ["shooting-star", "space", 0.6, "sky", "shooting star"],
  ["coral", "plant", 0.6, "ground", "coral coral reef"],
  // Everyday things added with the poster fallback (issue 9): clothing, fantasy, sport and more food.
  ["running-shoe", "object", 0.2, "ground", "sneaker running shoe shoe"],
  ["hiking-boot", "object", 0.25, "ground", "boot hiking boot"],
  ["high-heeled-shoe", "object", 0.2, "ground", "high heel heels stiletto"],
  ["t-shirt", "object", 0.5, "table", "t-shirt tshirt tee shirt"],
  ["jeans", "object", 0.6, "table", "jeans denim"],
  ["dress", "object", 0.8, "ground", "dress gown"],
  ["crossed-swords", "object", 0.6, "ground", "sword swords katana saber sabre"],
  ["dagger", "object", 0.3, "table", "dagger knife"],
  ["shield", "object", 0.5, "ground", "shield"],
  ["dragon", "animal", 2.2, "ground", "dragon"],
  ["ninja", "person", 1, "ground", "ninja samurai"],
  ["person-in-lotus-position", "person", 0.7, "ground", "yoga yogi meditation meditating"],
  ["person-lifting-weights", "person", 1, "ground", "weightlifter weightlifting dumbbell barbell"],
  ["crystal-ball", "object", 0.3, "table", "crystal ball fortune teller"],
  ["magic-wand", "object", 0.3, "table", "magic wand wand"],
  ["ghost", "object", 0.8, "ground", "ghost"],
  ["jack-o-lantern", "food", 0.4, "ground", "jack-o-lantern pumpkin"],
  ["scroll", "object", 0.3, "table", "scroll parchment"],
  ["skateboard", "object", 0.2, "ground", "skateboard"],
  ["skis", "object", 0.8, "ground", "ski skis"],
  ["fishing-pole", "object", 1, "ground", "fishing rod fishing pole"],
  ["drum", "object", 0.5, "ground", "drum drum kit"],
  ["saxophone", "object", 0.6, "table", "saxophone sax"],
  ["pancakes", "food", 0.2, "table", "pancake pancakes crepe"],
  ["waffle", "food", 0.15, "table", "waffle"],
  ["spaghetti", "food", 0.25, "table", "spaghetti pasta"],
  ["sandwich", "food", 0.2, "table", "sandwich"],
  ["burrito", "food", 0.2, "table", "burrito"],
  ["dumpling", "food", 0.15, "table", "dumpling gyoza"],
  ["curry-rice", "food", 0.25, "table", "curry"],
  ["pie", "food", 0.2, "table", "pie tart"],
  ["camel", "animal", 1.8, "ground", "camel"],
  ["llama", "animal", 1.4, "ground", "llama alpaca"],
  ["kangaroo", "animal", 1.3, "ground", "kangaroo"],
  ["sloth", "animal", 0.5, "ground", "sloth"],
  ["otter", "animal", 0.5, "water", "otter"],
  ["wolf", "animal", 0.9, "ground", "wolf wolves"],
  ["swan", "animal", 0.6, "water", "swan"],
];

/** Every artwork file the library can ask for (the subjects plus the scene decorations). */
export const DECOR_ICONS = ["deciduous-tree", "evergreen-tree", "palm-tree", "blossom", "tulip", "herb", "fallen-leaf", "maple-leaf",
  "coral", "tropical-fish", "fish", "water-wave", "umbrella-on-ground", "ringed-planet", "glowing-star", "framed-picture", "potted-plant",
  "person-standing", "woman-standing", "man-standing", "man-walking", "woman-walking", "person-walking", "person-running", "woman-running", "man-running",
  "woman", "man", "person", "girl", "boy", "child", "baby", "older-person", "old-man", "old-woman",
  "person-blonde-hair", "woman-blonde-hair", "man-blonde-hair", "woman-red-hair", "man-red-hair", "woman-curly-hair", "man-curly-hair",
  "woman-white-hair", "man-white-hair", "person-bald", "man-bald", "woman-bald", "man-beard", "person-beard", "smiling-face-with-smiling-eyes",
  "cloud", "cat-face", "dog-face", "sunglasses", "glasses"] as const;

// Plurals a rule cannot derive, and words whose plural would collide with something else.
const IRREGULAR: Record<string, string> = { mouse: "mice", child: "children", person: "people", man: "men", woman: "women", goose: "geese",
  sheep: "sheep", fish: "fish", deer: "deer", cactus: "cacti", octopus: "octopi", knife: "knives", wolf: "wolves", leaf: "leaves", shelf: "shelves",
  candy: "candies", puppy: "puppies", bunny: "bunnies", pony: "ponies", cherry: "cherries", strawberry: "strawberries", butterfly: "butterflies",
  baby: "babies", lady: "ladies", kitty: "kitties", lorry: "lorries", factory: "factories", bus: "buses", glasses: "glasses", cookie: "cookies" };

function plural(word: string): string {
  const last = word.split(" ").pop()!;
  const head = word.slice(0, word.length - last.length);
  if (IRREGULAR[last]) return head + IRREGULAR[last];
  if (/(s|x|z|ch|sh)$/.test(last)) return head + last + "es";
  if (/[^aeiou]y$/.test(last)) return head + last.slice(0, -1) + "ies";
  return head + last + "s";
}

export const SUBJECTS: SubjectDef[] = [];
/** Lower-case phrase (one to four words) -> subject. */
export const PHRASES = new Map<string, SubjectDef>();

// A few rows list multi-word names whose words also stand alone ("pine tree" vs "tree"); split the words
// string on known multi-word names first.
const MULTI = /\b(tropical fish|race car|racing car|sports car|school bus|steam train|cruise ship|flying saucer|hot air balloon|fire truck|fire engine|police car|house with a garden|office building|coffee cup|coffee mug|hot chocolate|tea cup|green tea|birthday cake|ice cream|glass of wine|hot dog|french fries|bubble tea|maple tree|pine tree|christmas tree|xmas tree|palm tree|coconut tree|cherry blossom|maple leaf|autumn leaf|potted plant|soccer ball|tennis racket|light bulb|alarm clock|top hat|teddy bear|shopping cart|money bag|mobile phone|desktop computer|game controller|rain cloud|lightning bolt|water drop|crescent moon|shooting star|coral reef|plant factory|paint palette|planet earth|reading nook|floor lamp|running shoe|hiking boot|high heel|drum kit|magic wand|crystal ball|fortune teller|fishing rod|fishing pole)\b/g;

for (const [icon, cat, size, place, words] of ROWS) {
  // Keep the written order (the first name is the subject's id), multi-word names as one entry.
  const all = words.replace(MULTI, (m) => m.replace(/ /g, "_")).split(/\s+/).filter(Boolean).map((x) => x.replace(/_/g, " "));
  // "house with a garden" is a house (drawn with its garden).
  const def: SubjectDef = { id: icon === "house-with-garden" ? "house" : all[0]!.replace(/\s+/g, "-"), icon, cat, size, place, words: all };
  SUBJECTS.push(def);
  for (const w of all) {
    if (!PHRASES.has(w)) PHRASES.set(w, def);
    const p = plural(w);
    if (!PHRASES.has(p)) PHRASES.set(p, def);
  }
}

/** Every icon file the engine may request: subjects, decorations and the person variants. */
export const ALL_ICONS: string[] = [...new Set([...SUBJECTS.map((s) => s.icon), ...DECOR_ICONS])].sort();
