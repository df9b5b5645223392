// Bytes ↔ base64url text (RFC 4648 §5, no padding): the alphabet that survives a URL
// fragment, chat apps and e-mail without escaping. Pure, so the CLI and tests can use it.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE_OF = new Map([...ALPHABET].map((char, value) => [char, value]));

export function bytesToBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += ALPHABET[(triple >> (18 - 6 * k)) & 63];
  }
  return out;
}

/**
 * The bytes of a base64url text, or null when it holds a character outside the alphabet.
 * A dangling last character (length ≡ 1 mod 4, which no encoder writes) is dropped: it can
 * only come from a cut-off link, and the caller's length check then says so.
 */
export function base64urlToBytes(text: string): Uint8Array | null {
  const usable = text.length % 4 === 1 ? text.slice(0, -1) : text;
  const out = new Uint8Array(Math.floor((usable.length * 3) / 4));
  let written = 0;
  for (let i = 0; i < usable.length; i += 4) {
    let triple = 0;
    const group = usable.slice(i, i + 4);
    for (let k = 0; k < 4; k++) {
      const value = k < group.length ? VALUE_OF.get(group[k]!) : 0;
      if (value === undefined) return null;
      triple |= value << (18 - 6 * k);
    }
    const bytes = group.length - 1;
    for (let k = 0; k < bytes; k++) out[written++] = (triple >> (16 - 8 * k)) & 255;
  }
  return out;
}
