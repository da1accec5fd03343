// RIFF WAVE encoder: PCM 16-bit mono. A 44-byte header and a DataView loop; a library would add ~11 KB for
// the same thing.

export function encodeWav(samples: Float32Array, sampleRate: number): Uint8Array {
  const dataBytes = samples.length * 2;
  const buf = new ArrayBuffer(44 + dataBytes);
  const v = new DataView(buf);
  const ascii = (off: number, s: string) => { for (let i = 0; i < s.length; i++) v.setUint8(off + i, s.charCodeAt(i)); };
  ascii(0, "RIFF");
  v.setUint32(4, 36 + dataBytes, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  v.setUint32(16, 16, true); // fmt chunk size
  v.setUint16(20, 1, true); // PCM
  v.setUint16(22, 1, true); // mono
  v.setUint32(24, sampleRate, true);
  v.setUint32(28, sampleRate * 2, true); // byte rate
  v.setUint16(32, 2, true); // block align
  v.setUint16(34, 16, true); // bits per sample
  ascii(36, "data");
  v.setUint32(40, dataBytes, true);
  for (let i = 0, off = 44; i < samples.length; i++, off += 2) {
    const s = samples[i]!;
    // Math.round of a value already limited to +-1: identical in every JS engine.
    v.setInt16(off, Math.round((s > 1 ? 1 : s < -1 ? -1 : s) * 32767), true);
  }
  return new Uint8Array(buf);
}
