// Property tests: whatever a teacher (or a fuzzer) feeds the validator, it never throws;
// it returns a valid scenario or located problems.
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { MINIMAL } from './fixtures.ts';

function wellFormed(result: ReturnType<typeof loadScenario>, text: string): boolean {
  if (result.ok) return true;
  const lines = text.split('\n').length;
  return result.issues.length > 0 && result.issues.every((i) =>
    typeof i.code === 'string' && i.line >= 0 && i.line <= lines + 1 && i.col >= 0 && Array.isArray(i.path));
}

describe('the validator never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => wellFormed(loadScenario(text), text)), { numRuns: 300 });
  });

  it('on arbitrary JSON-like documents', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
      const text = JSON.stringify(value) ?? 'null';
      return wellFormed(loadScenario(text), text);
    }), { numRuns: 300 });
  });

  it('on the minimal scenario with any one field replaced by anything', () => {
    const base = parse(MINIMAL) as Record<string, unknown>;
    const paths: (string | number)[][] = [
      ['id'], ['version'], ['title'], ['parameters'], ['parameters', 'price'], ['parameters', 'price', 'min'],
      ['state'], ['metrics', 'revenue', 'formula'], ['steps'], ['steps', 0], ['steps', 1, 'options'],
      ['steps', 1, 'options', 0, 'effects'], ['steps', 2, 'max'], ['scoring', 'dimensions', 0, 'terms'],
      ['scoring', 'dimensions', 1, 'bands'], ['scoring', 'grades'], ['steps', 0, 'next'],
    ];
    fc.assert(fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
      const doc = structuredClone(base) as Record<string | number, unknown>;
      let node = doc as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      node[path[path.length - 1]!] = value;
      const text = stringify(doc);
      return wellFormed(loadScenario(text), text);
    }), { numRuns: 400 });
  });

  it('on formulas made of random tokens', () => {
    const token = fc.constantFrom('price', 'kept', 'revenue', '1', '2.5', '+', '-', '*', '/', '^', '(', ')', ',', 'and', 'not', 'if(', 'min(', 'log(', 'accuracy(pick)', 'pick.keep', '==', '<', ' ');
    fc.assert(fc.property(fc.array(token, { maxLength: 20 }), (tokens) => {
      const text = MINIMAL.replace('formula: price * (1 + kept)', `formula: "${tokens.join('') || '0'}"`);
      return wellFormed(loadScenario(text), text);
    }), { numRuns: 400 });
  });
});

it('accepts the minimal scenario unchanged', () => {
  expect(loadScenario(MINIMAL).ok).toBe(true);
});
