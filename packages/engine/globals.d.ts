// The only host global the engine uses: UTF-8 encoding of the SVG it writes. workerd, Node and browsers all
// provide it; declaring just this keeps every other host API (fetch, crypto, KV...) out of reach.
declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}
