// parseFormula: text → Formula or a located error. Three passes: a character scan (prescan),
// jsep configured for our grammar, and the conversion to our own tree (convert).
import { Converter, skipSpaces, tokenAt } from './convert.ts';
import { parseLocated } from './jsepParser.ts';
import { prescan } from './prescan.ts';
import { FormulaFailure, fail, type Formula, type FormulaError } from './types.ts';

/** jsep's English error, turned into one of ours at the same place. */
function fromJsepError(error: unknown, source: string): never {
  const raw = error as { index?: unknown; description?: unknown };
  const description = typeof raw.description === 'string' ? raw.description : '';
  let reported = typeof raw.index === 'number' && Number.isFinite(raw.index) ? raw.index : 0;
  // jsep reports a misplaced `,` or `)` in an argument list one character after it.
  if (description.startsWith('Unexpected token ')) reported -= 1;
  const index = skipSpaces(source, Math.min(Math.max(0, reported), source.length));
  if (index >= source.length) fail('unexpected-end', source.length);
  const found = tokenAt(source, index);
  // `2x`: a number directly followed by a name.
  if (description.startsWith('Variable names cannot start with a number')) {
    fail('missing-operator', index, { found }, found.length);
  }
  fail('syntax', index, { found }, found.length);
}

export function parseFormula(source: string): { ok: true; formula: Formula } | { ok: false; error: FormulaError } {
  try {
    prescan(source);
    let tree;
    try {
      tree = parseLocated(source);
    } catch (error) {
      fromJsepError(error, source);
    }
    const ast = new Converter(source).convert(tree);
    return { ok: true, formula: { source, ast } };
  } catch (error) {
    if (error instanceof FormulaFailure) return { ok: false, error: error.error };
    throw error;
  }
}
