// A minimal valid scenario and helpers to break it in one place, for the validator tests.
import { parse, stringify } from 'yaml';

export const MINIMAL = `formatVersion: 1
id: tiny
version: 1
title: { zh-CN: 小案例, en: Tiny case }
summary: { zh-CN: 测试用, en: For tests }
parameters:
  price:
    label: { zh-CN: 价格, en: Price }
    default: 10
    min: 0
    max: 100
state:
  kept: { initial: 0 }
metrics:
  revenue:
    label: { zh-CN: 收入, en: Revenue }
    formula: price * (1 + kept)
steps:
  - id: intro
    kind: narrative
    title: { zh-CN: 开始, en: Start }
  - id: pick
    kind: choice
    title: { zh-CN: 选择, en: Choose }
    options:
      - id: keep
        label: { zh-CN: 留住, en: Keep }
        correct: true
        effects: { kept: 1 }
      - id: drop
        label: { zh-CN: 放弃, en: Drop }
  - id: guess
    kind: estimate
    title: { zh-CN: 估计, en: Estimate }
    min: 0
    max: 1000
    default: 5
  - id: end
    kind: debrief
    title: { zh-CN: 复盘, en: Debrief }
scoring:
  dimensions:
    - id: value
      weight: 2
      terms:
        - label: { zh-CN: 收入, en: Revenue }
          formula: revenue * 4
      bands:
        - min: 50
          feedback: { zh-CN: 好, en: Good }
        - min: 0
          feedback: { zh-CN: 差, en: Poor }
    - id: insight
      weight: 1
      terms:
        - label: { zh-CN: 判断, en: Judgement }
          formula: 100 * accuracy(pick)
      bands:
        - min: 0
          feedback: { zh-CN: 完成, en: Done }
  grades:
    - { min: 80, grade: A, label: { zh-CN: 优, en: Excellent } }
    - { min: 0, grade: C, label: { zh-CN: 中, en: Fair } }
`;

/** MINIMAL with `edit` applied to its data, re-serialised (line numbers then follow the new text). */
export function edited(edit: (doc: Record<string, any>) => void): string {
  const doc = parse(MINIMAL) as Record<string, any>;
  edit(doc);
  return stringify(doc);
}
