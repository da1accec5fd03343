// Stock words used when the prompt supplies no labels, so wireframes read as plausible screens instead of
// lorem ipsum. Short on purpose: they must fit small boxes at any size.
export const NAV = ["Overview", "Analytics", "Reports", "Customers", "Products", "Messages", "Settings", "Billing"];
export const KPI = ["Revenue", "Active users", "Orders", "Conversion", "Avg. session", "Churn"];
export const PEOPLE = ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Linus Pauling", "Marie Curie", "Katherine Johnson",
  "Tim Berners-Lee", "Hedy Lamarr", "Claude Shannon", "Barbara Liskov", "Edsger Dijkstra", "Radia Perlman"];
export const STATUS: [string, number][] = [["Active", 2], ["Pending", 3], ["Done", 1], ["Paused", 4]];
export const COLUMNS = ["Name", "Status", "Owner", "Updated", "Amount", "Region", "Plan", "Score"];
export const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const FEATURES = ["Fast by default", "Secure", "Works offline", "Analytics", "Integrations", "Team ready"];
export const STEPS = ["Start", "Plan", "Build", "Test", "Review", "Ship", "Measure", "Learn"];
export const ROLES = ["CEO", "CTO", "CFO", "COO", "VP Design", "VP Sales"];
export const TABS = ["Home", "Search", "Inbox", "Profile", "Settings"];

/** Title Case for short labels derived from the prompt. */
export function titleCase(s: string): string {
  // Short joining words stay lower case inside a title ("Choose a Plan", "Head of Sales").
  return s.replace(/(^|\s)(\p{Ll})(\p{L}*)/gu, (m, sp: string, c: string, rest: string, at: number) =>
    at > 0 && /^(a|an|the|of|and|or|to|in|on|for|with|at|by)$/.test(c + rest) ? m : sp + c.toUpperCase() + rest);
}

/** n labels: from the prompt's list first, then its quoted labels (after `skip`), then the stock words. */
export function pickLabels(n: number, list: string[], stock: readonly string[], labels: string[] = []): string[] {
  const src = list.length ? list : labels;
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(src[i] ?? stock[(i - src.length + stock.length * 8) % stock.length]!);
  return out;
}
