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
  pcm16(samples, new Int16Array(buf, 44, samples.length), v);
  return new Uint8Array(buf);
}

// Typed-array stores are several times faster than DataView.setInt16 per sample, but follow the platform's byte
// order; WAV is little-endian, so a big-endian host (none runs Workers today) takes the DataView path.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function pcm16(samples: Float32Array, out: Int16Array, v: DataView): void {
  if (!LITTLE_ENDIAN) {
    for (let i = 0; i < samples.length; i++) v.setInt16(44 + i * 2, quantise(samples[i]!), true);
    return;
  }
  for (let i = 0; i < samples.length; i++) out[i] = quantise(samples[i]!);
}

/** A sample limited to +-1, to the nearest 16-bit step (halves round up): floor(x + 0.5) in integer arithmetic. */
function quantise(s: number): number {
  const y = (s > 1 ? 1 : s < -1 ? -1 : s) * 32767 + 0.5;
  const t = y | 0;
  return t > y ? t - 1 : t;
}
