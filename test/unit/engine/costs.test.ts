// Option costs: added into costMoney/costTime (choice options once, allocate options share ×
// cost per round), readable by metrics, shown before committing, and validated.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { formatIssue } from '../../../src/engine/scenario/issues.ts';
import { prepareScenario } from '../../../src/engine/prepared.ts';
import { playDecisions } from '../../../src/engine/play.ts';
import { allocationCost, optionCosts } from '../../../src/engine/costs.ts';
import { emptyAnswers } from '../../../src/engine/answers.ts';
import { MINIMAL } from './fixtures.ts';

const TEXT = MINIMAL
  .replace('        effects: { kept: 1 }\n', '        effects: { kept: 1 }\n        cost: { money: price * 3, time: 2 }\n')
  .replace('    formula: price * (1 + kept)\n', '    formula: price * (1 + kept)\n  spend:\n    label: { zh-CN: 花费, en: Spend }\n    formula: costMoney + 1000 * costTime\n')
  .replace('  - id: end\n', `  - id: split
    kind: allocate
    title: { zh-CN: 分配, en: Split }
    rounds: 2
    options:
      - { id: a, label: { zh-CN: 甲, en: A }, cost: { money: 100 } }
      - { id: b, label: { zh-CN: 乙, en: B }, cost: { money: 50, time: 1 } }
  - id: end
`);

function prepared(text: string) {
  const loaded = loadScenario(text);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => formatIssue('f', i, 'en')).join('\n'));
  return prepareScenario(loaded.scenario);
}

describe('costs', () => {
  const p = prepared(TEXT);

  it('adds chosen options once and allocate options share × cost per round', () => {
    const r = playDecisions(p, [
      { step: 'pick', choose: 'keep' },
      { step: 'split', allocate: { a: 0.5, b: 0.5 } },
      { step: 'split', allocate: { a: 1 } },
    ], { seed: 1 });
    // keep: 10·3 = 30 and 2; round 1: 0.5·100 + 0.5·50 = 75 and 0.5·1; round 2: 100 and 0.
    expect(r.evaluation.vars.costMoney).toBe(205);
    expect(r.evaluation.vars.costTime).toBe(2.5);
    // spend = 205 + 1000·2.5.
    expect(r.evaluation.metrics.spend).toBe(2705);
  });

  it('costs nothing for options without a cost', () => {
    const r = playDecisions(p, [{ step: 'pick', choose: 'drop' }, { step: 'split', allocate: { a: 0, b: 1 } }], { seed: 1 });
    // two rounds of all-b: 2·50 and 2·1.
    expect([r.evaluation.vars.costMoney, r.evaluation.vars.costTime]).toEqual([100, 2]);
  });

  it('shows each option’s cost and a split’s cost before committing, at the current parameters', () => {
    const input = { params: { price: 20 }, answers: emptyAnswers(), seed: 1 };
    expect(optionCosts(p, input, 'pick')).toEqual({ keep: { money: 60, time: 2 }, drop: { money: 0, time: 0 } });
    // 0.2·100 + 0.8·50 = 60; time 0.8·1.
    expect(allocationCost(p, input, 'split', { a: 0.2, b: 0.8 })).toEqual({ money: 60, time: 0.8 });
  });

  it('leaves cases without costs as they were (no costMoney)', () => {
    const q = prepared(MINIMAL);
    expect('costMoney' in playDecisions(q, [], { seed: 1 }).evaluation.vars).toBe(false);
  });
});

describe('costs: validation', () => {
  it('refuses a cost formula that reads a metric, at its place', () => {
    const result = loadScenario(TEXT.replace('cost: { money: price * 3, time: 2 }', 'cost: { money: revenue, time: 2 }'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => formatIssue('f', i, 'en'))).toEqual([expect.stringMatching(/^f:\d+:\d+: steps\[1\]\.options\[0\]\.cost\.money: an effect cannot use “revenue”/)]);
  });

  it('refuses a parameter named costMoney when options carry costs', () => {
    const result = loadScenario(TEXT.replace('parameters:\n', 'parameters:\n  costMoney: { label: { zh-CN: 钱, en: Money }, default: 0, min: 0, max: 1 }\n'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, formatIssue('f', i, 'zh-CN').split(': ').slice(1).join(': ')])).toContainEqual(
      ['cost-name-taken', 'parameters.costMoney: “costMoney”用于累计选项成本：只能在 `state:` 下声明（并给出初始值）'],
    );
  });
});
