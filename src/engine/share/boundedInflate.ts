// Inflating untrusted DEFLATE data with a ceiling on the output: a few kilobytes of link
// can expand to many megabytes (a decompression bomb), so we stop as soon as the running
// total passes the limit instead of inflating everything first.
import { Inflate } from 'fflate';

/** Input is fed in small pieces so one piece cannot expand far past the limit. */
const PIECE_BYTES = 256;

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'too-large' | 'truncated' | 'corrupt' };

export function inflateBounded(data: Uint8Array, maxBytes: number): InflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let isOver = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) isOver = true;
    else chunks.push(chunk);
  });
  try {
    for (let start = 0; start < data.length && !isOver; start += PIECE_BYTES) {
      const end = Math.min(data.length, start + PIECE_BYTES);
      inflater.push(data.subarray(start, end), end === data.length);
    }
  } catch (error) {
    // fflate says "unexpected EOF" when the stream stops before its last block.
    return { ok: false, reason: /EOF/i.test(String((error as Error)?.message)) ? 'truncated' : 'corrupt' };
  }
  if (isOver) return { ok: false, reason: 'too-large' };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}
