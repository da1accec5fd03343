// The text every extractor reads, and the part of it not yet explained. Extractors that recognise sizes,
// durations, colours or counts "consume" their match, so the numbers left in `rest` are the data.
import { cleanText } from "../xml";

export interface Scan {
  /** Cleaned description: XML-invalid characters removed, whitespace collapsed. Not yet escaped. */
  readonly text: string;
  readonly lower: string;
  /** Lower-case text with the regions other extractors explained blanked out. */
  rest: string;
}

export function scan(description: string): Scan {
  // Cap the working text: layout only needs the start, and it bounds regex work on hostile input.
  const text = cleanText(String(description ?? "")).slice(0, 4000);
  const lower = text.toLowerCase();
  return { text, lower, rest: lower };
}

/** Blank out every match of `re` (a global regex) in what is left to explain. */
export function consume(s: Scan, re: RegExp): void {
  s.rest = s.rest.replace(re, " ");
}
