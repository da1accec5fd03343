// Everything user-supplied passes through here before it reaches SVG markup.

// Characters XML 1.0 forbids (C0 controls except tab/newline/CR, U+FFFE/U+FFFF, lone surrogates), plus
// DEL and C1 controls which are legal but render as garbage and can smuggle terminal escapes into logs.
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Remove XML-invalid characters and collapse whitespace (newlines/tabs become single spaces). */
export function cleanText(s: string): string {
  return s.replace(INVALID_XML, "").replace(/\s+/g, " ").trim();
}

/** Escape for both element content and double- or single-quoted attribute values. */
export function esc(s: string): string {
  return cleanText(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Shorten to at most `max` code points, ending with an ellipsis; never splits a surrogate pair. */
export function truncate(s: string, max: number): string {
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  if (max <= 1) return chars.slice(0, Math.max(0, max)).join("");
  return chars.slice(0, max - 1).join("").trimEnd() + "…";
}

/** Count code points (what a reader sees as characters, near enough for layout). */
export function charCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
