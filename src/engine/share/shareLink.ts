// A whole scenario file carried in a link's fragment (`#/shared/<payload>`): no server ever
// sees it. Payload = one version character + base64url(header + raw DEFLATE of the UTF-8 text).
// Version '1' header: compressed length, text length, CRC-32 of the text (each 4 bytes, big-endian).
import { deflateSync } from 'fflate';
import { base64urlToBytes, bytesToBase64url } from './base64url.ts';
import { inflateBounded } from './boundedInflate.ts';
import { crc32 } from './crc32.ts';

/** The format this code writes; the first character of every payload. */
export const SHARE_FORMAT_VERSION = '1';
/**
 * Longest payload we write or read. A link of this size still fits a chat message in
 * the common apps and an e-mail; the shipped cases need 5,900 to 14,700 characters.
 */
export const MAX_PAYLOAD_CHARS = 16_000;
/** Largest scenario text a link may expand to: the engine refuses bigger files anyway. */
export const MAX_TEXT_BYTES = 1024 * 1024;

const HEADER_BYTES = 12;

export type EncodeResult = { ok: true; payload: string } | { ok: false; reason: 'too-large'; size: number };
export const DecodeFailureValues = ['corrupt', 'truncated', 'too-large', 'unknown-version'] as const;
export type DecodeFailure = (typeof DecodeFailureValues)[number];
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: DecodeFailure };

export function encodeShareLink(text: string): EncodeResult {
  const bytes = new TextEncoder().encode(text);
  const compressed = deflateSync(bytes, { level: 9 });
  const packed = new Uint8Array(HEADER_BYTES + compressed.length);
  const header = new DataView(packed.buffer);
  header.setUint32(0, compressed.length);
  header.setUint32(4, bytes.length);
  header.setUint32(8, crc32(bytes));
  packed.set(compressed, HEADER_BYTES);
  const payload = SHARE_FORMAT_VERSION + bytesToBase64url(packed);
  if (payload.length > MAX_PAYLOAD_CHARS || bytes.length > MAX_TEXT_BYTES) return { ok: false, reason: 'too-large', size: payload.length };
  return { ok: true, payload };
}

export function decodeShareLink(payload: string): DecodeResult {
  if (payload.length === 0) return { ok: false, reason: 'truncated' };
  if (payload[0] !== SHARE_FORMAT_VERSION) return { ok: false, reason: 'unknown-version' };
  if (payload.length > MAX_PAYLOAD_CHARS) return { ok: false, reason: 'too-large' };
  const packed = base64urlToBytes(payload.slice(1));
  if (!packed) return { ok: false, reason: 'corrupt' };
  if (packed.length < HEADER_BYTES) return { ok: false, reason: 'truncated' };
  const header = new DataView(packed.buffer, packed.byteOffset, HEADER_BYTES);
  const compressedLength = header.getUint32(0);
  const textLength = header.getUint32(4);
  const checksum = header.getUint32(8);
  const compressed = packed.subarray(HEADER_BYTES);
  if (compressed.length < compressedLength) return { ok: false, reason: 'truncated' };
  if (compressed.length > compressedLength) return { ok: false, reason: 'corrupt' };
  // Refuse an honest oversized header at once; a lying one is caught by the ceiling.
  if (textLength > MAX_TEXT_BYTES) return { ok: false, reason: 'too-large' };
  const inflated = inflateBounded(compressed, Math.min(textLength, MAX_TEXT_BYTES));
  if (!inflated.ok) return { ok: false, reason: inflated.reason === 'too-large' ? 'corrupt' : inflated.reason };
  if (inflated.bytes.length !== textLength || crc32(inflated.bytes) !== checksum) return { ok: false, reason: 'corrupt' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes) };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}
