// Enumerations: "steps: plan, build and ship" or "plan -> build -> ship" -> ["plan", "build", "ship"].

const LIST_HEAD = /\b(?:steps|stages|phases|labels?|items|nodes|topics|milestones|sections|tabs|menu|columns|fields|options|categories|branches|ideas|team|people|members|events|tasks|features|links|nav(?:igation)?|roles|headers|headings|names|series|legend|flow|process|chain)\s*[:=]\s*([^.;\n]+)/i;
// Split by hand rather than with one chain regex: a lazy, nested pattern backtracks quadratically on long
// prompts without separators (10,000 characters took ~40 ms).
const ARROW = /\s*(?:->|→|=>|⇒|\s>\s)\s*/;
const CHAIN_LEAD = /^(?:(?:a|an|the|simple|linear|flow ?chart|flow|diagram|process|pipeline|workflow|steps?|of|showing|with|for)\s+)+/i;

export function listOf(text: string): string[] {
  for (const clause of text.split(/[,.;:\n]/)) {
    if (!ARROW.test(clause)) continue;
    const parts = clause.split(ARROW).map((p, i) => tidyItem(i === 0 ? p.replace(CHAIN_LEAD, "") : p)).filter(Boolean);
    if (parts.length >= 2) return parts;
  }
  const head = text.match(LIST_HEAD);
  if (head) {
    const parts = head[1]!.split(/\s*,\s*|\s+and\s+|\s*\/\s*|\s*\|\s*/).map(tidyItem).filter(Boolean);
    if (parts.length >= 1) return parts;
  }
  return [];
}

function tidyItem(s: string): string {
  return s.replace(/^(then|and|finally|first|next)\s+/i, "").replace(/["“”«»„]/g, "").trim().slice(0, 60);
}
