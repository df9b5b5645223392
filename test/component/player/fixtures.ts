// Scenarios for the player's component tests: the shipped coffee-card example (every step
// kind) and a tiny inline case, prepared the way the app prepares them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { prepareScenario, type PreparedScenario } from '../../../src/engine/prepared.ts';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { addPrerendered } from '../../../src/ui/content/prerendered.ts';
import { prerenderScenarioMarkdown } from '../../../scripts/prerender-markdown.ts';

export function prepare(text: string): PreparedScenario {
  const result = loadScenario(text);
  if (!result.ok) throw new Error(`fixture does not validate: ${JSON.stringify(result.issues)}`);
  // As for a shipped case, the build has rendered its Markdown (src/ui/scenario/loadPrepared.ts).
  addPrerendered(prerenderScenarioMarkdown(result.scenario));
  return prepareScenario(result.scenario);
}

export const COFFEE_TEXT = readFileSync(resolve(import.meta.dirname, '../../../scenarios/coffee-card-example.yaml'), 'utf8');
export const coffee = (): PreparedScenario => prepare(COFFEE_TEXT);

/** Three steps: a single choice with a key, an allocation over three options in two rounds, a debrief. */
export const TINY = `formatVersion: 1
id: tiny-player
version: 1
title: { zh-CN: 小案例, en: Tiny case }
summary: { zh-CN: 测试用, en: For tests }
parameters:
  price:
    label: { zh-CN: 价格, en: Price }
    unit: { zh-CN: 元, en: yuan }
    default: 10
    min: 0
    max: 100
    step: 1
metrics:
  revenue:
    label: { zh-CN: 收入, en: Revenue }
    formula: price * (1 + pick.keep) * (1 + split.a)
steps:
  - id: pick
    kind: choice
    title: { zh-CN: 选择, en: Choose }
    options:
      - id: keep
        correct: true
        label: { zh-CN: 留住, en: Keep her }
        feedback: { zh-CN: 对, en: Good call }
      - id: drop
        label: { zh-CN: 放弃, en: Let her go }
        feedback: { zh-CN: 错, en: That costs you }
  - id: split
    kind: allocate
    title: { zh-CN: 分配, en: Split }
    rounds: 2
    budget: price * 100
    budgetUnit: { zh-CN: 元, en: yuan }
    metrics: [revenue]
    options:
      - id: a
        label: { zh-CN: 甲, en: Alpha }
      - id: b
        label: { zh-CN: 乙, en: Beta }
      - id: c
        label: { zh-CN: 丙, en: Gamma }
  - id: end
    kind: debrief
    title: { zh-CN: 复盘, en: Debrief }
scoring:
  dimensions:
    - id: value
      weight: 1
      terms:
        - label: { zh-CN: 收入, en: Revenue }
          formula: revenue * 2
      bands:
        - min: 0
          feedback: { zh-CN: 好, en: Fine }
  grades:
    - { min: 50, grade: P, label: { zh-CN: 通过, en: Pass } }
    - { min: 0, grade: F, label: { zh-CN: 未通过, en: Fail } }
`;
export const tiny = (): PreparedScenario => prepare(TINY);
