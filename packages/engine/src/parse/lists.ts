// Enumerations, which become the steps, columns, tabs or labels of a picture:
//   "steps: plan, build and ship", "plan -> build -> ship", "signup flow: enter email, verify, done",
//   "kanban with columns Backlog, Doing and Done", "sign up, then verify, then pay".

const HEADS = "steps|stages|phases|labels?|items|nodes|topics|milestones|sections|tabs|menu|columns|lanes|fields|options|categories|branches|ideas|team|people|members|events|tasks|features|links|nav(?:igation)?|roles|headers|headings|names|series|legend|flow|process|chain|toggles|switches|settings|plans|tiers|pins|locations|stops|places|tracks|songs|products|agenda|lineup";
const LIST_HEAD = new RegExp(`\\b(?:${HEADS})\\s*[:=]\\s*([^.;\\n]+)`, "i");
// Without a colon the list must have a comma and follow a plural noun that names parts of a picture:
// "columns To Do, Doing and Done" (not "team $12, business $30").
const BARE_HEADS = "steps|stages|phases|labels|items|nodes|topics|milestones|sections|tabs|columns|lanes|fields|options|categories|branches|ideas|events|tasks|features|links|roles|toggles|switches|pins|stops|locations|places|tracks|songs|products|plans|tiers";
const LIST_HEAD_BARE = new RegExp(`(\\b(?:with|has|have|shows?|showing)\\s+)?\\b(?:${BARE_HEADS})\\s+(called|named|like|for|of|are|:)?\\s*([^.;:\\n\\d$€£]{1,120}?,[^.;:\\n]{1,200})`, "i");
// "with Basic, Plus and Premium tiers": the noun comes after the list.
const LIST_TAIL = new RegExp(`\\b(?:with|has|have|offering|showing|including)\\s+([^.;:\\n]{1,120}?,[^.;:\\n]{1,120}?)\\s+(?:${BARE_HEADS})\\b`, "i");
const LAST_HEAD = new RegExp(`^.*\\b(?:${BARE_HEADS})\\s+(?:called|named|like|for|of|are)?\\s*`, "i");
// Split by hand rather than with one chain regex: a lazy, nested pattern backtracks quadratically on long
// prompts without separators (10,000 characters took ~40 ms).
const ARROW = /\s*(?:->|→|=>|⇒|\s>\s)\s*/;
const CHAIN_LEAD = /^(?:(?:a|an|the|simple|linear|flow ?chart|flow|diagram|process|pipeline|workflow|steps?|of|showing|with|for)\s+)+/i;
const SPLIT = /\s*,\s*(?:and\s+|then\s+)?|\s+and then\s+|\s+then\s+|\s+and\s+|\s*\/\s*|\s*\|\s*/;

export function listOf(text: string): string[] {
  for (const clause of text.split(/[,.;:\n]/)) {
    if (!ARROW.test(clause)) continue;
    const parts = clause.split(ARROW).map((p, i) => tidyItem(i === 0 ? p.replace(CHAIN_LEAD, "") : p)).filter(Boolean);
    if (parts.length >= 2) return parts;
  }
  const head = text.match(LIST_HEAD);
  if (head) {
    const parts = splitItems(head[1]!);
    if (parts.length >= 1) return parts;
  }
  const bare = text.match(LIST_HEAD_BARE);
  // Without "with tabs ..." or a joining word the list must start with a capital ("columns Backlog, Doing"),
  // so "plans screen for a mobile app, dark mode" is not read as a list of plans.
  if (bare && (bare[1] || bare[2] || /^\p{Lu}/u.test(bare[3]!.replace(LAST_HEAD, "")))) {
    const parts = splitItems(bare[3]!.replace(LAST_HEAD, ""));
    if (parts.length >= 2) return parts;
  }
  const tail = text.match(LIST_TAIL);
  if (tail) {
    const parts = splitItems(tail[1]!);
    if (parts.length >= 2) return parts;
  }
  // Any "...: a, b, c" (or "a, then b, then c"), unless it reads as data ("sales: Jan 12, Feb 19").
  const colon = text.match(/:\s*([^.;:\n]+)/);
  if (colon) {
    const parts = splitItems(colon[1]!);
    if (parts.length >= 2 && !looksLikeData(parts)) return parts;
  }
  // "sign up, then verify, then pay": clause by clause (one regex over the whole text would backtrack).
  for (const clause of text.split(/[.;:\n]/)) {
    if (!/,\s*then\s/i.test(clause)) continue;
    const parts = splitItems(clause.replace(CHAIN_LEAD, ""));
    if (parts.length >= 2 && !looksLikeData(parts)) return parts;
  }
  return [];
}

export function splitItems(s: string): string[] {
  return s.split(SPLIT).map(tidyItem).filter(Boolean);
}

/** Half or more of the items carry a number: it is a data series, not a list of names. */
function looksLikeData(parts: string[]): boolean {
  return parts.filter((p) => /\d/.test(p)).length * 2 >= parts.length;
}

function tidyItem(s: string): string {
  return s.replace(/^(then|and|finally|first|next|lastly)\s+/i, "").replace(/["“”«»„]/g, "").replace(/\s+(?:in|on)\s+(?:dark|light)\s+mode$/i, "").trim().slice(0, 60);
}
