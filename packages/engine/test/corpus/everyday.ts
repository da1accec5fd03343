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
  // Documents that take their content from the prompt.
  { prompt: "a boarding pass for a flight to Rome", template: "ticket", text: ["BOARDING PASS", "ROM"] },
  { prompt: "a concert ticket for Friday night, seat 14B", template: "ticket", text: ["14B", "Friday Night"] },
  { prompt: "a cinema ticket for Dune on March 3 at 8 pm", template: "ticket", text: ["March 3", "8 pm"] },
  { prompt: "a diploma for Maria Lopez", template: "certificate", text: ["Maria Lopez", "DIPLOMA"] },
  { prompt: "an award certificate for employee of the month", template: "certificate", text: ["Employee of the Month"] },
  { prompt: "a certificate of participation for the science olympiad", template: "certificate", text: ["CERTIFICATE OF PARTICIPATION"] },
  { prompt: "a cafe menu with espresso $3, latte $4.50 and croissant $3", template: "menu", text: ["Espresso", "Latte", "$4.50", "Croissant"] },
  { prompt: "a food truck menu with tacos $9, burrito $11 and churros $5", template: "menu", text: ["Food Truck", "Tacos", "$9", "Burrito", "$11", "Churros", "$5"] },
  { prompt: "a dinner menu for an Italian restaurant", template: "menu", text: ["Italian Kitchen"] },
  { prompt: "a cocktail bar menu", template: "menu", text: ["Negroni"] },
  { prompt: "a grocery list: eggs, milk, bread, apples", template: "checklist", text: ["Eggs", "Milk", "Bread", "Apples"] },
  { prompt: "a packing checklist for a camping trip", template: "checklist", text: ["Packing List", "Passport"] },
  { prompt: "my to-do list for Monday", template: "checklist" },
  { prompt: "a 500 server error page", template: "error-page", text: ["Something went wrong"] },
  { prompt: "a page not found screen for my blog", template: "error-page", text: ["Page not found"] },
  { prompt: "a 404 page that says \"Lost in space\"", template: "error-page", text: ["Lost in space"] },
  { prompt: "a study planner for exam week", template: "planner", text: ["Study Planner", "Monday", "Sunday"] },
  { prompt: "a meal plan for the week", template: "planner", text: ["Meal Plan"] },
  { prompt: "weekly planner: gym, piano lesson, dentist, book club", template: "planner", text: ["Weekly Planner", "Gym", "Piano Lesson", "Dentist", "Book Club"] },
  { prompt: "a receipt from a coffee shop", template: "invoice", text: ["TOTAL"] },
  { prompt: "an invoice for logo design: logo $400, business cards $150", template: "invoice", text: ["Logo", "$400.00", "Business Cards", "$150.00", "INVOICE"] },
  { prompt: "an invoice from Studio Kite to Acme for web design services", template: "invoice", text: ["Studio Kite", "Acme"] },
  { prompt: "a recipe for banana bread", template: "recipe", subjects: ["banana"], text: ["Banana Bread"] },
  { prompt: "a recipe card for tomato soup with ingredients: tomatoes, onion, garlic, stock; steps: chop, simmer, blend", template: "recipe", text: ["Tomato Soup", "Tomatoes", "Garlic", "Chop", "Blend"] },
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
