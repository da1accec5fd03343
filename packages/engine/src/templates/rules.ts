// Detection of the UI and document templates. They beat the generic "mobile app" container ("a mobile app
// for the weather" is the weather template on a phone) and any kind named later in the prompt; a kind named
// first still wins ("dashboard with a calendar widget" is a dashboard).
import type { Device } from "../parse/device";

export type TemplateKind =
  | "pricing" | "product-page" | "kanban" | "settings" | "calendar" | "chat" | "email" | "music-player"
  | "weather" | "profile" | "shop" | "map" | "business-card" | "invitation" | "loader" | "text-card" | "poster"
  | "recipe" | "ticket" | "certificate" | "menu" | "checklist" | "error-page" | "planner" | "invoice" | "report-card";

export const TEMPLATE_RULES: [TemplateKind, RegExp][] = [
  ["business-card", /\b(business cards?|visiting cards?|name cards?|contact cards?)\b/],
  ["invitation", /\b(invitations?|invites?|greeting cards?|birthday cards?|thank[- ]you (cards?|notes?)|(christmas|holiday|xmas|valentine'?s?|get well|wedding|anniversary|graduation|new year'?s?|mother'?s day|father'?s day|easter|congratulations?) cards?|save the date|postcards?|e-?cards?|cards? for (my |a |an |the )?(mom|mum|dad|friend|birthday|wedding|wife|husband|grandma|teacher))\b/],
  ["pricing", /\b(pricing|price (plans?|tiers?|table|list)|subscription (plans?|tiers?|page)|plans (page|table|comparison))\b/],
  ["kanban", /\b(kanban|trello|scrum board|task board|sprint board|project board|todo board|to-?do board|board with columns)\b/],
  ["calendar", /\b(calendars?|month view|monthly (planner|view)|planner page|agenda view|week view|date picker)\b/],
  ["chat", /\b(chat(s|bot| app| ui| screen| window| interface)?|messenger|messaging|conversation|direct messages?|dms?|whats ?app|imessage|text messages?|sms thread|support chat)\b/],
  ["email", /\b(newsletters?(?! sign ?up| subscri)|e-?mail (templates?|newsletter|campaign|design|layout|blast)|marketing e-?mails?|(welcome|promotional|promo|announcement|onboarding|transactional|confirmation|receipt) e-?mails?|an e-?mail (to|from|about|announcing|for|inviting))\b/],
  ["music-player", /\b(music (player|app)|audio player|media player|now playing|spotify|playlist|podcast (player|app)|mp3 player|song player|radio app|vinyl player)\b/],
  ["weather", /\b(weather (app|widget|card|screen|ui|page|dashboard|forecast|report|display|station)|forecasts?)\b/],
  ["profile", /\b(profile (page|screen|card|ui|view|section)|user profile|account (page|screen)|social (media )?profile|bio page|about me page|my profile)\b/],
  ["product-page", /\b(product (page|detail|details|card|showcase)|pdp|item page|product listing page for)\b/],
  ["shop", /\b(e-?commerce|online (shop|store)|web ?shop|shop(ping)? (page|app|site|screen|grid)|product (grid|listing|catalog(ue)?|list|gallery)|store ?front|catalog(ue)? page|marketplace|category page|merch store|shop for)\b/],
  ["map", /\b((?<!mind |heat |site |tree |concept |idea |road )maps?(?! out)( with (pins?|markers?|locations?|stops?))?|pins? on a map|store locator|directions screen|route planner|navigation app|gps)\b/],
  ["settings", /\b(settings( page| screen| panel| menu| ui)?|preferences( page| screen)?|toggles?|control center|options (page|screen|menu))\b/],
  ["loader", /\b(loading( spinner| animation| screen| indicator| bar)?|spinners?|loaders?|progress (bar|ring|circle|indicator)|throbber|buffering)\b/],
  ["recipe", /\b(recipe( cards?| page| book)?s?|how to (make|cook|bake))\b/],
  ["ticket", /\b(tickets?|boarding pass(es)?|admission pass|event pass|concert pass)\b/],
  ["certificate", /\b(certificates?|diplomas?|certification)\b/],
  ["menu", /\b((restaurant|cafe|café|coffee( shop)?|bar|cocktail|drinks?|dinner|lunch|breakfast|brunch|dessert|wine|bakery|pizza|pizzeria|sushi|food|food truck|truck|takeaway|takeout|diner|bistro|pub|tasting|kids'?|bbq|taco|burger|vegan|italian|french|mexican|thai|indian|japanese|chinese|greek) menus?|menu (card|board)s?|menus? (for|of) (a |an |the |my |our )?[a-z' ]{0,30}(restaurant|cafe|café|bistro|diner|pub|bar|bakery|pizzeria|trattoria|coffee shop|food truck))\b/],
  ["checklist", /\b(check ?lists?|to-?do(?! board| list view)( lists?)?|todos|grocery lists?|shopping lists?|packing lists?|bucket lists?|task lists?|reading lists?|wish ?lists?)\b/],
  ["error-page", /\b(404|500|502|503|403|(page|file) not found|not found (page|screen)|(server |internal )?error (page|screen|state)|something went wrong (page|screen)|maintenance (page|screen|mode))\b/],
  ["planner", /\b((weekly|week|daily|study|meal|workout|fitness|training|revision|diet) (planner|plan|schedule|agenda|spread)s?|planners?)\b/],
  ["report-card", /\b(report cards?|school reports?|grade (report|sheet)|transcripts?|progress reports? for (a |my |the )?(student|kid|child|son|daughter|pupil))\b/],
  ["invoice", /\b(invoices?|receipts?|billing statement|bill for)\b/],
  ["poster", /\b(posters?|flyers?|banners?|thumbnails?|billboards?|cover art|(album|book|podcast|magazine|playlist|ebook|record|ep|mixtape) covers?|podcast art(work)?|social (media )?(post|graphic)|instagram (post|story)|ad creative|event graphic)\b/],
  ["text-card", /\b(typing( text| animation| effect)?|typewriter|text animation|quote card|quote graphic|inspirational quote|motivational quote|title card|text card|kinetic (text|typography)|animated (text|title|headline))\b/],
];

/** First template named in the prompt and where it starts, or undefined. */
export function detectTemplate(text: string): { kind: TemplateKind; at: number } | undefined {
  let best: { kind: TemplateKind; at: number } | undefined;
  for (const [kind, re] of TEMPLATE_RULES) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { kind, at: m.index };
  }
  return best;
}

export function isTemplate(kind: string): kind is TemplateKind {
  return TEMPLATE_RULES.some(([k]) => k === kind);
}

/** The natural canvas of a template on the device the prompt names. */
export function templateSize(kind: TemplateKind, device: Device, lower = ""): [number, number] | undefined {
  if (kind === "poster") {
    if (/\b(thumbnails?|youtube)\b/.test(lower)) return [1280, 720];
    if (/\bbanners?\b/.test(lower)) return [1500, 500];
    if (/\b(covers?|cover art|instagram post|social (media )?post|podcast art)\b/.test(lower)) return [1000, 1000];
    return [1000, 1400];
  }
  if (kind === "business-card") return [1050, 600];
  if (kind === "invitation") return [1000, 1400];
  if (kind === "text-card") return [1200, 675];
  if (kind === "recipe" || kind === "certificate" || kind === "planner") return [1500, 1060];
  if (kind === "ticket") return [1700, 720];
  if (kind === "menu" || kind === "invoice" || kind === "report-card") return /\breceipts?\b/.test(lower) ? [700, 1400] : [1000, 1400];
  if (kind === "checklist") return device === "mobile" ? [390, 844] : [900, 1200];
  if (kind === "loader") return device === "mobile" ? [390, 844] : [800, 600];
  if (kind === "email") return device === "mobile" ? [390, 844] : [900, 1200];
  return device === "mobile" ? [390, 844] : [1280, 800];
}
