// Reading a scenario file the teacher picked: only .yaml/.yml/.json names, at most the
// engine's 1 MB, and only UTF-8 text (a binary file gets a message, not a garbled draft).
import { MAX_FILE_BYTES } from '../../engine/scenario/parse.ts';

export type ImportedText =
  | { ok: true; text: string }
  | { ok: false; reason: 'wrong-type' | 'not-text' }
  | { ok: false; reason: 'too-large'; size: number };

const SCENARIO_FILE = /\.(ya?ml|json)$/i;

export async function readScenarioFile(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<ImportedText> {
  if (!SCENARIO_FILE.test(file.name)) return { ok: false, reason: 'wrong-type' };
  if (file.size > MAX_FILE_BYTES) return { ok: false, reason: 'too-large', size: file.size };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not-text' };
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'not-text' };
  // The editor works in \n line ends; a byte-order mark would only confuse the YAML parser.
  return { ok: true, text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

export { MAX_FILE_BYTES };
