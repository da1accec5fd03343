// What the engine makes, in a module of its own: the worker reads it at startup without loading the engine itself.
export type MediaType = "image" | "video" | "audio";
export const ENGINE_MEDIA_TYPES: readonly MediaType[] = ["image", "video", "audio"];
