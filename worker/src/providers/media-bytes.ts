// What a provider's bytes really are, read from the bytes themselves: a provider's Content-Type header can be
// wrong, and a truncated or non-media answer must be caught before it is stored and charged for.

export interface Sniffed {
  contentType: string;
  extension: string;
  width?: number;
  height?: number;
}

const ascii = (b: Uint8Array, at: number, text: string) => [...text].every((ch, i) => b[at + i] === ch.charCodeAt(0));
const u32be = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;

function png(b: Uint8Array): Sniffed | null {
  if (b.length < 45 || !(b[0] === 0x89 && ascii(b, 1, "PNG\r\n\x1a\n") && ascii(b, 12, "IHDR"))) return null;
  // A complete PNG ends with the IEND chunk: its absence means the download was cut short.
  if (!ascii(b, b.length - 8, "IEND")) return null;
  return { contentType: "image/png", extension: "png", width: u32be(b, 16), height: u32be(b, 20) };
}

function jpeg(b: Uint8Array): Sniffed | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8 || b[b.length - 2] !== 0xff || b[b.length - 1] !== 0xd9) return null;
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    const length = u16be(b, at + 2);
    // SOF0..SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { contentType: "image/jpeg", extension: "jpg", height: u16be(b, at + 5), width: u16be(b, at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

function webp(b: Uint8Array): Sniffed | null {
  if (b.length < 30 || !ascii(b, 0, "RIFF") || !ascii(b, 8, "WEBP")) return null;
  const le24 = (at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
  if (ascii(b, 12, "VP8X")) return { contentType: "image/webp", extension: "webp", width: le24(24) + 1, height: le24(27) + 1 };
  if (ascii(b, 12, "VP8 ")) return { contentType: "image/webp", extension: "webp", width: (b[26]! | (b[27]! << 8)) & 0x3fff, height: (b[28]! | (b[29]! << 8)) & 0x3fff };
  return { contentType: "image/webp", extension: "webp" };
}

export function sniffImage(b: Uint8Array): Sniffed | null {
  return png(b) ?? jpeg(b) ?? webp(b);
}

export function sniffVideo(b: Uint8Array): Sniffed | null {
  if (b.length >= 16 && ascii(b, 4, "ftyp")) return { contentType: "video/mp4", extension: "mp4" };
  if (b.length >= 16 && b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return { contentType: "video/webm", extension: "webm" };
  return null;
}

export function sniffAudio(b: Uint8Array): Sniffed | null {
  if (b.length >= 44 && ascii(b, 0, "RIFF") && ascii(b, 8, "WAVE")) {
    // The RIFF size says how long the file should be: shorter means truncated.
    const declared = (b[4]! | (b[5]! << 8) | (b[6]! << 16) | (b[7]! << 24)) >>> 0;
    return declared + 8 <= b.length ? { contentType: "audio/wav", extension: "wav" } : null;
  }
  if (b.length >= 16 && (ascii(b, 0, "ID3") || (b[0] === 0xff && (b[1]! & 0xe0) === 0xe0))) return { contentType: "audio/mpeg", extension: "mp3" };
  if (b.length >= 16 && ascii(b, 0, "OggS")) return { contentType: "audio/ogg", extension: "ogg" };
  return null;
}

export function sniff(mediaType: "image" | "video" | "audio", b: Uint8Array): Sniffed | null {
  return mediaType === "image" ? sniffImage(b) : mediaType === "video" ? sniffVideo(b) : sniffAudio(b);
}
