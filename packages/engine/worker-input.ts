// What the engine Worker accepts over RPC. The API validates every request before it calls, but the RPC method is
// the engine Worker's whole surface: anything reaching it is checked again here, strictly, so a caller's mistake
// (a renamed field, a stray key, a 10 MB description) is refused with a clear message instead of drawing nonsense.
import { ENGINE_MEDIA_TYPES, INPUT_LIMITS, type MediaType } from "./src/media";
import type { EngineOptions, EngineRequest } from "./src/index";

/** The API's own limit on a description (the same INPUT_LIMITS its schema reads). */
export const MAX_DESCRIPTION_LENGTH = INPUT_LIMITS.descriptionChars;

const integerIn = ({ min, max }: { min: number; max: number }) => ({ valid: (v: number) => Number.isInteger(v) && v >= min && v <= max, says: `an integer ${min}-${max}` });

/** Each option the engine reads, with what a valid value is (the API's ranges, so nothing it accepts is refused). */
const OPTION_CHECKS: Record<keyof EngineOptions, { valid: (v: number) => boolean; says: string }> = {
  width: integerIn(INPUT_LIMITS.sizePx),
  height: integerIn(INPUT_LIMITS.sizePx),
  seed: integerIn(INPUT_LIMITS.seed),
  duration_s: {
    valid: (v) => Number.isFinite(v) && v >= INPUT_LIMITS.durationS.min && v <= INPUT_LIMITS.durationS.max,
    says: `a number ${INPUT_LIMITS.durationS.min}-${INPUT_LIMITS.durationS.max}`,
  },
};

/** The input refused, and why (the message names the field). */
export class EngineInputError extends TypeError {
  constructor(message: string) {
    super(`invalid engine input: ${message}`);
    this.name = "EngineInputError";
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/** `input` as an EngineRequest holding only the known fields, or an EngineInputError saying what is wrong. */
export function engineInput(input: unknown): EngineRequest {
  if (!isPlainObject(input)) throw new EngineInputError("expected an object { description, media_type, options? }");
  for (const key of Object.keys(input)) {
    if (key !== "description" && key !== "media_type" && key !== "options") throw new EngineInputError(`unknown field "${key}"`);
  }
  const { description, media_type, options } = input;
  if (typeof description !== "string") throw new EngineInputError("description must be a string");
  if (description.trim().length === 0 || description.length > MAX_DESCRIPTION_LENGTH) {
    throw new EngineInputError(`description must be 1-${MAX_DESCRIPTION_LENGTH} characters`);
  }
  if (typeof media_type !== "string" || !ENGINE_MEDIA_TYPES.includes(media_type as MediaType)) {
    throw new EngineInputError(`media_type must be one of ${ENGINE_MEDIA_TYPES.join(", ")}`);
  }
  const clean: EngineOptions = {};
  if (options !== undefined) {
    if (!isPlainObject(options)) throw new EngineInputError("options must be an object");
    for (const [key, value] of Object.entries(options)) {
      // Own keys only: "toString" or "__proto__" are not options.
      if (!Object.hasOwn(OPTION_CHECKS, key)) throw new EngineInputError(`unknown option "${key}"`);
      const check = OPTION_CHECKS[key as keyof EngineOptions];
      if (value === undefined) continue;
      if (typeof value !== "number" || !check.valid(value)) throw new EngineInputError(`options.${key} must be ${check.says}`);
      clean[key as keyof EngineOptions] = value;
    }
  }
  return { description, media_type: media_type as MediaType, options: clean };
}
