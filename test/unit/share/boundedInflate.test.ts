// Inflating with a ceiling: the output stops growing at the limit, cut-off input is told
// apart from damaged input, and ordinary data comes back whole.
import { deflateSync } from 'fflate';
import { expect, test } from 'vitest';
import { base64urlToBytes, bytesToBase64url } from '../../../src/engine/share/base64url.ts';
import { inflateBounded } from '../../../src/engine/share/boundedInflate.ts';
import { crc32 } from '../../../src/engine/share/crc32.ts';

test('ordinary data inflates whole', () => {
  const data = new TextEncoder().encode('loyalty '.repeat(5000));
  const result = inflateBounded(deflateSync(data), 1 << 20);
  expect(result.ok && new TextDecoder().decode(result.bytes)).toBe('loyalty '.repeat(5000));
});

test('output past the ceiling is refused', () => {
  const zeros = new Uint8Array(4 * 1024 * 1024);
  expect(inflateBounded(deflateSync(zeros), 1 << 20)).toEqual({ ok: false, reason: 'too-large' });
  expect(inflateBounded(deflateSync(new Uint8Array(101)), 100)).toEqual({ ok: false, reason: 'too-large' });
  expect(inflateBounded(deflateSync(new Uint8Array(100)), 100)).toMatchObject({ ok: true });
});

test('a cut-off stream is truncated; an invalid block type is corrupt', () => {
  const compressed = deflateSync(new TextEncoder().encode('hello world '.repeat(50)));
  expect(inflateBounded(compressed.subarray(0, compressed.length - 3), 1 << 20)).toEqual({ ok: false, reason: 'truncated' });
  // The first three bits 0b111: final block of type 3, which DEFLATE does not have.
  expect(inflateBounded(new Uint8Array([0x07, 0, 0, 0]), 1 << 20)).toEqual({ ok: false, reason: 'corrupt' });
});

test.each([
  { bytes: [], text: '' },
  { bytes: [0xfb], text: '-w' },
  { bytes: [0xfb, 0xff], text: '-_8' },
  { bytes: [0x66, 0x6f, 0x6f], text: 'Zm9v' },
  { bytes: [0x66, 0x6f, 0x6f, 0x62], text: 'Zm9vYg' },
])('base64url of $bytes is "$text" and back', ({ bytes, text }) => {
  expect(bytesToBase64url(new Uint8Array(bytes))).toBe(text);
  expect([...(base64urlToBytes(text) ?? [])]).toEqual(bytes);
});

test('base64url refuses characters outside its alphabet, including standard base64 ones', () => {
  expect(base64urlToBytes('ab+c')).toBeNull();
  expect(base64urlToBytes('ab/c')).toBeNull();
  expect(base64urlToBytes('ab=c')).toBeNull();
});

test('CRC-32 matches the published check value', () => {
  // The standard check: CRC-32 of the ASCII digits 1–9 is 0xCBF43926.
  expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  expect(crc32(new Uint8Array())).toBe(0);
});
