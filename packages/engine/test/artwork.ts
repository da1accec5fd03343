/// <reference types="vite/client" />
// The subject artwork for tests, in both runtimes: Vite inlines packages/engine/artwork/*.svg as strings, so the
// same lookup works in Node and inside workerd (where the worker itself reads these files through ASSETS).
import type { ArtworkLookup } from "../src";

const files = import.meta.glob("../artwork/*.svg", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
const byName = new Map(Object.entries(files).map(([path, text]) => [path.replace(/^.*\/|\.svg$/g, ""), text]));

export const artwork: ArtworkLookup = (name) => byName.get(name);
export const artworkNames = (): string[] => [...byName.keys()];
