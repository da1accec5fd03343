// Proper names: capitalised words after "for", "named", "called"...: a brand or person to draw initials from.

export function nameOf(text: string): string | undefined {
  const m = text.match(/\b(?:for|named|called|of|reading|saying|initials|letters?|brand)\s+((?:\p{Lu}[\p{L}'’.&-]*)(?:\s+(?:&|\p{Lu}[\p{L}'’.&-]*)){0,3})/u);
  return m ? m[1]!.replace(/\s*&$/, "").trim() : undefined;
}
