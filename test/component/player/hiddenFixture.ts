// A small case with a hidden driver, for the player and sandbox tests: churn is driven by a
// service-failure rate the learner cannot see or move until the debrief reveals it.
import { prepare } from './fixtures.ts';

export const HIDDEN_CASE = `formatVersion: 1
id: churn-driver
version: 1
title: { zh-CN: 流失的真正原因, en: What drives the churn }
summary: { zh-CN: 测试用, en: For tests }
parameters:
  price:
    label: { zh-CN: 每单价格, en: Price per order }
    unit: { zh-CN: 元, en: yuan }
    default: 10
    min: 0
    max: 100
    step: 1
  visits:
    label: { zh-CN: 每月来访, en: Visits a month }
    default: 4
    min: 1
    max: 20
    step: 1
  failureRate:
    label: { zh-CN: 服务失误率, en: Service failure rate }
    description: { zh-CN: 每一百次来访中出错的次数。, en: Visits in a hundred where the service fails. }
    unit: { zh-CN: 次/百次, en: per 100 visits }
    hidden: true
    default: 8
    min: 0
    max: 20
    step: 1
metrics:
  churn:
    label: { zh-CN: 流失率, en: Churn }
    unit: { zh-CN: "%", en: "%" }
    formula: failureRate * 2 + price / 10
  revenue:
    label: { zh-CN: 月收入, en: Monthly revenue }
    formula: price * visits * (1 - churn / 100)
steps:
  - id: explore
    kind: sandbox
    title: { zh-CN: 探索, en: Explore }
    metrics: [churn, revenue]
  - id: end
    kind: debrief
    title: { zh-CN: 复盘, en: Debrief }
scoring:
  dimensions:
    - id: value
      weight: 1
      terms:
        - label: { zh-CN: 留存, en: Retention }
          formula: 100 - churn
      bands:
        - min: 0
          feedback: { zh-CN: 好, en: Fine }
  grades:
    - { min: 0, grade: P, label: { zh-CN: 通过, en: Pass } }
`;

export const hiddenCase = () => prepare(HIDDEN_CASE);
