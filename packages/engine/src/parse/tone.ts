// The feel words: palette style, dark or light, warmth, and the mood music and colours follow.
import { luminance } from "../color";

export type Mood = "happy" | "sad" | "calm" | "energetic" | "tense" | "neutral";
export type PaletteStyle = "pastel" | "vibrant" | "monochrome" | "default";

export function styleOf(lower: string): PaletteStyle {
  return /\b(pastel|soft colou?rs?|muted)\b/.test(lower) ? "pastel"
    : /\b(monochrome|monochromatic|grayscale|greyscale|black and white|b&w|minimal(ist)?)\b/.test(lower) ? "monochrome"
    : /\b(vibrant|neon|bold|colou?rful|bright|saturated|vivid|rainbow|playful)\b/.test(lower) ? "vibrant" : "default";
}

export function isDark(lower: string, background: string | undefined): boolean {
  return /\b(dark( mode| theme| ui)?|night|midnight|black background|noir|dim)\b/.test(lower) && !/\blight (mode|theme)\b/.test(lower)
    || (background !== undefined && luminance(background) < 0.2);
}

export function warmthOf(lower: string): "warm" | "cool" | "neutral" {
  return /\b(warm|autumn|fall|fire|sunny|earthy|orange|cozy)\b/.test(lower) ? "warm"
    : /\b(cool|cold|icy|winter|ocean|arctic|calm)\b/.test(lower) ? "cool" : "neutral";
}

export function moodOf(lower: string): Mood {
  if (/\b(sad|melanchol(y|ic)|somber|sombre|gloomy|lonely|tragic|sorrow|mournful|minor key|game over|lose|losing|defeat|rainy day)\b/.test(lower)) return "sad";
  if (/\b(scary|spooky|tense|suspense(ful)?|horror|creepy|mysterious|ominous|eerie)\b/.test(lower)) return "tense";
  if (/\b(energetic|exciting|epic|fast|intense|action|powerful|aggressive|driving|upbeat|hype)\b/.test(lower)) return "energetic";
  if (/\b(happy|cheerful|joyful|joy|bright|fun|playful|uplifting|victory|win|success|celebrat\w*|sunny|major key)\b/.test(lower)) return "happy";
  if (/\b(calm|relax(ing|ed)?|peaceful|soft|gentle|ambient|chill|serene|sleep(y)?|soothing|quiet|zen|lo-?fi)\b/.test(lower)) return "calm";
  return "neutral";
}
