// Shared by the engine tests (runs in both workerd and Node): render shortcuts and output inspectors.
import { XMLValidator } from "fast-xml-parser";
import { render, type EngineOptions, type EngineResult, type MediaType } from "../src";
import { artwork } from "./artwork";

const decoder = new TextDecoder();

export function svgOf(description: string, options?: EngineOptions, media: MediaType = "image"): string {
  return decoder.decode(render({ description, media_type: media, options }, { artwork }).bytes);
}

export function run(description: string, media: MediaType = "image", options?: EngineOptions): EngineResult {
  return render({ description, media_type: media, options }, { artwork });
}

/** Everything a safe standalone SVG must satisfy; returns the list of problems (empty when fine). */
export function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  const valid = XMLValidator.validate(svg);
  if (valid !== true) problems.push(`invalid XML: ${JSON.stringify(valid.err)}`);
  // Markup only: escaped user text may legitimately read "src=" or "javascript:" as words. <style> content
  // is markup too (CSS can fetch), so it stays in.
  const markup = svg.replace(/>[^<]*</g, (m) => (m.includes("{") ? m : "><"));
  if (/<script/i.test(svg)) problems.push("script element");
  if (/<[^>]*\son[a-z]+\s*=/i.test(markup)) problems.push("event handler attribute");
  if (/<!DOCTYPE|<!ENTITY|<\?xml-stylesheet/i.test(svg)) problems.push("doctype/entity/stylesheet PI");
  if (/<(image|use|a|foreignObject|iframe|object|embed|feImage)\b/i.test(svg)) problems.push("element that can reference or embed content");
  if (/(?:href|src)\s*=/i.test(markup)) problems.push("href/src attribute");
  if (/url\((?!#)/i.test(markup)) problems.push("url() to anything but a local fragment");
  if (/@import|javascript:/i.test(markup)) problems.push("css import or javascript: url");
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(svg)) problems.push("XML-invalid control character");
  if (!/<title[^>]*>[^<]+<\/title>/.test(svg)) problems.push("missing <title>");
  if (!/<desc[^>]*>[^<]+<\/desc>/.test(svg)) problems.push("missing <desc>");
  if (!svg.includes('xmlns="http://www.w3.org/2000/svg"')) problems.push("missing SVG namespace");
  if (new TextEncoder().encode(svg).byteLength > 100 * 1024) problems.push("larger than 100 KB");
  return problems;
}

/** Tag name -> count: a cheap structural fingerprint of an SVG. */
export function tagHistogram(svg: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const [, tag] of svg.matchAll(/<([a-zA-Z][\w:-]*)/g)) m.set(tag!, (m.get(tag!) ?? 0) + 1);
  return m;
}

export interface WavInfo {
  riff: string; wave: string; fmt: string; data: string; format: number; channels: number; sampleRate: number;
  byteRate: number; blockAlign: number; bits: number; dataBytes: number; riffSize: number; samples: Int16Array;
}

export function parseWav(bytes: Uint8Array): WavInfo {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const str = (o: number) => String.fromCharCode(...bytes.subarray(o, o + 4));
  const dataBytes = v.getUint32(40, true);
  const samples = new Int16Array(dataBytes / 2);
  for (let i = 0; i < samples.length; i++) samples[i] = v.getInt16(44 + i * 2, true);
  return {
    riff: str(0), riffSize: v.getUint32(4, true), wave: str(8), fmt: str(12), format: v.getUint16(20, true), channels: v.getUint16(22, true),
    sampleRate: v.getUint32(24, true), byteRate: v.getUint32(28, true), blockAlign: v.getUint16(32, true), bits: v.getUint16(34, true),
    data: str(36), dataBytes, samples,
  };
}

/** FNV-1a of the bytes, as hex: compact enough to compare many outputs. */
export function digest(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) { h ^= bytes[i]!; h = Math.imul(h, 0x01000193); }
  return (h >>> 0).toString(16).padStart(8, "0") + ":" + bytes.length;
}
