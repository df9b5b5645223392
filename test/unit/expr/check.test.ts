// Load-time questions: which names and steps a formula reads, and located errors for the
// ones a scenario does not declare (every occurrence, in source order).
import { describe, expect, it } from 'vitest';
import {
  checkFormula,
  formulaNames,
  formulaSteps,
  isReservedWord,
  parseFormula,
  type Formula,
} from '../../../src/engine/expr/index.ts';

function parsed(source: string): Formula {
  const result = parseFormula(source);
  if (!result.ok) throw new Error(`${source} should parse: ${result.error.code}`);
  return result.formula;
}

describe('formulaNames and formulaSteps', () => {
  const cases = [
    { name: 'no names', input: '1 + 2', names: [], steps: [] },
    { name: 'once each, in order', input: 'b * a + b', names: ['b', 'a'], steps: [] },
    {
      name: 'dotted names, names inside calls, step ids apart',
      input: 'a + quarter.needs * a + accuracy(diagnose) + max(d, a, accuracy(recover), accuracy(diagnose))',
      names: ['a', 'quarter.needs', 'd'],
      steps: ['diagnose', 'recover'],
    },
    { name: 'names in every if() branch', input: 'if(c, t, f)', names: ['c', 't', 'f'], steps: [] },
  ];
  it.each(cases)('$name', ({ input, names, steps }) => {
    const f = parsed(input);
    expect(formulaNames(f)).toEqual(names);
    expect(formulaSteps(f)).toEqual(steps);
  });
});

describe('checkFormula', () => {
  const known = new Set(['x', 'quarter.needs']);
  const steps = new Set(['diagnose']);
  const isKnownName = (name: string) => known.has(name);
  const isKnownStep = (id: string) => steps.has(id);

  it('locates every occurrence of an unknown name', () => {
    expect(checkFormula(parsed('x + foo * (foo - quarter.wants)'), isKnownName)).toEqual([
      { code: 'unknown-name', index: 4, length: 3, params: { name: 'foo' } },
      { code: 'unknown-name', index: 11, length: 3, params: { name: 'foo' } },
      { code: 'unknown-name', index: 17, length: 13, params: { name: 'quarter.wants' } },
    ]);
  });

  it('finds nothing wrong in a formula of known names', () => {
    expect(checkFormula(parsed('clamp(x * quarter.needs, 0, 100) + accuracy(diagnose)'), isKnownName, isKnownStep)).toEqual([]);
  });

  it('checks accuracy() steps only when asked, and never as names', () => {
    const f = parsed('accuracy(nowhere) + accuracy(diagnose)');
    expect(checkFormula(f, isKnownName)).toEqual([]);
    expect(checkFormula(f, isKnownName, isKnownStep)).toEqual([
      { code: 'unknown-step', index: 9, length: 7, params: { step: 'nowhere' } },
    ]);
  });

  it('orders errors by position, operators and calls included', () => {
    const errors = checkFormula(parsed('zz + min(yy, accuracy(ww)) * xx'), () => false, () => false);
    expect(errors.map((e) => [e.code, e.index])).toEqual([
      ['unknown-name', 0],
      ['unknown-name', 9],
      ['unknown-step', 22],
      ['unknown-name', 29],
    ]);
  });
});

describe('isReservedWord', () => {
  it('reserves the function names, the operator words and this, so no scenario name can hide them', () => {
    const reserved = ['if', 'min', 'accuracy', 'normalize', 'and', 'or', 'not', 'this'];
    expect(reserved.filter(isReservedWord)).toEqual(reserved);
    expect(['x', 'maximum', 'notes', 'iffy'].filter(isReservedWord)).toEqual([]);
  });
});
