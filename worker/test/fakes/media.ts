// Real, small media files built in code, for the fake providers: a PNG any decoder opens, a WAV any player
// plays, and MP4 / WebM files whose container structure is valid (ftyp+moov+mdat, EBML header+Segment).

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function u32(n: number): Uint8Array {
  return new Uint8Array([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
}

const ascii = (s: string) => new TextEncoder().encode(s);

function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = concat([ascii(type), data]);
  return concat([u32(data.length), body, u32(crc32(body))]);
}

async function deflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** An RGB PNG of the given size: a gradient whose colours follow `seed`. */
export async function makePng(width: number, height: number, seed = 1): Promise<Uint8Array> {
  const row = 1 + width * 3;
  const raw = new Uint8Array(row * height);
  for (let y = 0; y < height; y++) {
    raw[y * row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const i = y * row + 1 + x * 3;
      raw[i] = (x * 255) / Math.max(1, width - 1);
      raw[i + 1] = (y * 255) / Math.max(1, height - 1);
      raw[i + 2] = (seed * 37) & 0xff;
    }
  }
  const ihdr = concat([u32(width), u32(height), new Uint8Array([8, 2, 0, 0, 0])]);
  return concat([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", await deflate(raw)), chunk("IEND", new Uint8Array())]);
}

/** 16-bit mono PCM WAV: a sine tone of `seconds` at 8 kHz. */
export function makeWav(seconds = 0.5, hz = 440): Uint8Array {
  const rate = 8000;
  const samples = Math.round(seconds * rate);
  const out = new Uint8Array(44 + samples * 2);
  const v = new DataView(out.buffer);
  out.set(ascii("RIFF"), 0);
  v.setUint32(4, 36 + samples * 2, true);
  out.set(ascii("WAVEfmt "), 8);
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true); // PCM
  v.setUint16(22, 1, true); // mono
  v.setUint32(24, rate, true);
  v.setUint32(28, rate * 2, true);
  v.setUint16(32, 2, true);
  v.setUint16(34, 16, true);
  out.set(ascii("data"), 36);
  v.setUint32(40, samples * 2, true);
  for (let i = 0; i < samples; i++) v.setInt16(44 + i * 2, Math.round(Math.sin((2 * Math.PI * hz * i) / rate) * 8000), true);
  return out;
}

function box(type: string, ...payload: Uint8Array[]): Uint8Array {
  const body = concat(payload);
  return concat([u32(8 + body.length), ascii(type), body]);
}

/** An ISO-BMFF (MP4) file: ftyp, a moov with an mvhd of `seconds`, and an mdat. */
export function makeMp4(seconds = 5): Uint8Array {
  const mvhd = new Uint8Array(100);
  const v = new DataView(mvhd.buffer);
  v.setUint32(12, 1000);
  v.setUint32(16, Math.round(seconds * 1000));
  v.setUint32(20, 0x00010000); // rate 1.0
  v.setUint16(24, 0x0100); // volume 1.0
  v.setUint32(96, 2); // next track id
  return concat([box("ftyp", ascii("isom"), u32(0x200), ascii("isomiso2avc1mp41")), box("moov", box("mvhd", mvhd)), box("mdat", new Uint8Array(64))]);
}

/** A WebM file: EBML header with DocType "webm" and an empty Segment. */
export function makeWebm(): Uint8Array {
  const docType = concat([new Uint8Array([0x42, 0x82, 0x84]), ascii("webm")]);
  const header = concat([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x80 | docType.length]), docType]);
  return concat([header, new Uint8Array([0x18, 0x53, 0x80, 0x67, 0x80]), new Uint8Array(16)]);
}

/**
 * A baseline JPEG of a flat mid-grey image: one grey component, a DC and an AC Huffman table of one code each
 * ("no change", "end of block"), so every 8x8 block is two bits. What Workers AI returns (base64 JPEG), in small.
 */
export function makeJpeg(width: number, height: number): Uint8Array {
  const seg = (marker: number, body: number[]) => [0xff, marker, ((body.length + 2) >> 8) & 0xff, (body.length + 2) & 0xff, ...body];
  const oneCodeTable = (tableClass: number) => [tableClass << 4, 1, ...new Array(15).fill(0), 0x00];
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const bits = blocks * 2;
  const data = new Array(Math.ceil(bits / 8)).fill(0);
  if (bits % 8) data[data.length - 1] = (1 << (8 - (bits % 8))) - 1; // pad the last byte with 1 bits
  return new Uint8Array([
    0xff, 0xd8,
    ...seg(0xdb, [0x00, ...new Array(64).fill(1)]),
    ...seg(0xc0, [8, (height >> 8) & 0xff, height & 0xff, (width >> 8) & 0xff, width & 0xff, 1, 1, 0x11, 0]),
    ...seg(0xc4, oneCodeTable(0)),
    ...seg(0xc4, oneCodeTable(1)),
    ...seg(0xda, [1, 1, 0x00, 0, 63, 0]),
    ...data,
    0xff, 0xd9,
  ]);
}
