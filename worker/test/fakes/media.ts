// Real, small media files built in code, for the fake providers: a PNG any decoder opens, a WAV any player
// plays, and MP4 / WebM containers ffprobe reads (format and duration), without frames.

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

/** One EBML element: its ID bytes, a size (1 or 2 byte vint) and the payload. */
function ebml(id: number[], ...payload: Uint8Array[]): Uint8Array {
  const body = concat(payload);
  const size = body.length < 127 ? new Uint8Array([0x80 | body.length]) : new Uint8Array([0x40 | (body.length >> 8), body.length & 0xff]);
  return concat([new Uint8Array(id), size, body]);
}

const uint = (n: number) => new Uint8Array([n]);

function float64(n: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setFloat64(0, n);
  return out;
}

/** A WebM (Matroska) file: EBML header, Segment with Info (`seconds` long), one VP8 video track and a Cluster. */
export function makeWebm(seconds = 5): Uint8Array {
  const header = ebml(
    [0x1a, 0x45, 0xdf, 0xa3],
    ebml([0x42, 0x86], uint(1)), // EBMLVersion
    ebml([0x42, 0xf7], uint(1)), // EBMLReadVersion
    ebml([0x42, 0xf2], uint(4)), // EBMLMaxIDLength
    ebml([0x42, 0xf3], uint(8)), // EBMLMaxSizeLength
    ebml([0x42, 0x82], ascii("webm")), // DocType
    ebml([0x42, 0x87], uint(2)), // DocTypeVersion
    ebml([0x42, 0x85], uint(2)), // DocTypeReadVersion
  );
  const info = ebml(
    [0x15, 0x49, 0xa9, 0x66],
    ebml([0x2a, 0xd7, 0xb1], new Uint8Array([0x0f, 0x42, 0x40])), // TimecodeScale 1,000,000 ns
    ebml([0x44, 0x89], float64(seconds * 1000)), // Duration in ms
    ebml([0x4d, 0x80], ascii("edge-media fake")), // MuxingApp
    ebml([0x57, 0x41], ascii("edge-media fake")), // WritingApp
  );
  const tracks = ebml(
    [0x16, 0x54, 0xae, 0x6b],
    ebml(
      [0xae],
      ebml([0xd7], uint(1)), // TrackNumber
      ebml([0x73, 0xc5], uint(1)), // TrackUID
      ebml([0x83], uint(1)), // TrackType: video
      ebml([0x86], ascii("V_VP8")), // CodecID
      ebml([0xe0], ebml([0xb0], uint(16)), ebml([0xba], uint(16))), // Video: PixelWidth, PixelHeight
    ),
  );
  const cluster = ebml([0x1f, 0x43, 0xb6, 0x75], ebml([0xe7], uint(0))); // Cluster with Timecode 0
  return concat([header, ebml([0x18, 0x53, 0x80, 0x67], info, tracks, cluster)]);
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
