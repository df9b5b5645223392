// Classroom presets in a link (p.*, lock, lang, reveal): what a teacher's link sets, what is
// left out and why, and how hidden parameters are kept out of the sandbox unless revealed.
import { describe, expect, test } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import type { Scenario } from '../../../src/engine/scenario/schema.ts';
import {
  isRevealQuery, languageFromQuery, parseClassroomPresets, parseLang, presetsQuery,
} from '../../../src/ui/scenario/classroomPresets.ts';
import { parseSandboxQuery, serialiseSandboxQuery } from '../../../src/ui/sandbox/sandboxUrl.ts';

const TEXT = `formatVersion: 1
id: presets-case
version: 1
title: { zh-CN: 预设, en: Presets }
summary: { zh-CN: 测试用, en: For tests }
parameters:
  spend:
    label: { zh-CN: 消费, en: Spend }
    default: 50
    min: 0
    max: 1000
  share:
    label: { zh-CN: 比例, en: Share }
    default: 0.5
    min: 0
    max: 1
  failureRate:
    label: { zh-CN: 失误率, en: Failure rate }
    hidden: true
    default: 8
    min: 0
    max: 20
metrics:
  loss:
    label: { zh-CN: 损失, en: Loss }
    formula: spend * share * failureRate
steps:
  - id: end
    kind: debrief
    title: { zh-CN: 复盘, en: Debrief }
scoring:
  dimensions:
    - id: value
      weight: 1
      terms:
        - label: { zh-CN: 值, en: Value }
          formula: 50
      bands:
        - min: 0
          feedback: { zh-CN: 好, en: Fine }
  grades:
    - { min: 0, grade: P, label: { zh-CN: 通过, en: Pass } }
`;
const loaded = loadScenario(TEXT);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const scenario: Scenario = loaded.scenario;

const q = (text: string) => new URLSearchParams(text);
const forPlay = (text: string) => parseClassroomPresets(scenario, q(text), { allowHidden: true });

describe('parseClassroomPresets', () => {
  test('the example link of docs/teaching.md', () => {
    expect(forPlay('p.spend=80&lock=spend&lang=en')).toEqual({ params: { spend: 80 }, locked: ['spend'], lang: 'en', problems: [] });
  });

  test('an empty link sets nothing', () => {
    expect(forPlay('')).toEqual({ params: {}, locked: [], lang: null, problems: [] });
  });

  test.each([
    { name: 'an unknown parameter', query: 'p.price=3', problem: { reason: 'unknown-param', name: 'price', value: '3' } },
    { name: 'an inherited name', query: 'p.toString=3', problem: { reason: 'unknown-param', name: 'toString', value: '3' } },
    { name: 'above the max', query: 'p.share=1.5', problem: { reason: 'out-of-range', name: 'share', value: '1.5' } },
    { name: 'below the min', query: 'p.spend=-1', problem: { reason: 'out-of-range', name: 'spend', value: '-1' } },
    { name: 'not a number', query: 'p.spend=lots', problem: { reason: 'not-a-number', name: 'spend', value: 'lots' } },
    { name: 'an unknown lock', query: 'lock=spend,price', problem: { reason: 'unknown-lock', name: 'price', value: 'price' } },
    { name: 'an unknown language', query: 'lang=fr', problem: { reason: 'bad-lang', name: 'lang', value: 'fr' } },
  ])('leaves out $name and says so, keeping the rest', ({ query, problem }) => {
    const parsed = forPlay(`${query}&p.share=0.25`);
    expect(parsed.params.share).toBe(0.25);
    expect(parsed.problems).toEqual([problem]);
  });

  test('locks come in the scenario’s order, from lists and repeated keys, once each', () => {
    expect(forPlay('lock=share&lock=failureRate, spend,share').locked).toEqual(['spend', 'share', 'failureRate']);
  });

  test('the last value of a repeated key wins', () => {
    expect(forPlay('p.spend=10&p.spend=20&lang=en&lang=zh-CN')).toMatchObject({ params: { spend: 20 }, lang: 'zh-CN' });
  });

  test('a case may start with a hidden value (the learner never sees it)', () => {
    expect(forPlay('p.failureRate=3').params).toEqual({ failureRate: 3 });
  });

  test('elsewhere a hidden value is refused unless allowed', () => {
    const parsed = parseClassroomPresets(scenario, q('p.failureRate=3&p.spend=70'), { allowHidden: false });
    expect(parsed.params).toEqual({ spend: 70 });
    expect(parsed.problems).toEqual([{ reason: 'hidden-param', name: 'failureRate', value: '3' }]);
  });

  test('other keys are left alone', () => {
    expect(forPlay('seed=4&reveal=1&utm_source=wechat')).toEqual({ params: {}, locked: [], lang: null, problems: [] });
  });
});

test.each([
  ['zh-CN', 'zh-CN'], ['zh', 'zh-CN'], ['zh-Hans', 'zh-CN'], ['ZH_cn', 'zh-CN'], ['en', 'en'], ['en-GB', 'en'], [' en ', 'en'],
  ['fr', null], ['english', null], ['', null], ['zhx', null],
])('parseLang(%j) → %j', (text, expected) => {
  expect(parseLang(text)).toBe(expected);
});

test('languageFromQuery and isRevealQuery', () => {
  expect(languageFromQuery(q('seed=3'))).toBeNull();
  expect(languageFromQuery(q('lang=zh'))).toBe('zh-CN');
  expect(['reveal=1', 'reveal=true', 'reveal=0', 'reveal=', ''].map((t) => isRevealQuery(q(t)))).toEqual([true, true, false, false, false]);
});

test('presetsQuery writes values in the scenario’s order, then lock and lang', () => {
  expect(presetsQuery(scenario, { params: { share: 0.2, spend: 80 }, locked: ['spend'], lang: 'zh-CN' }).toString()).toBe(
    'p.spend=80&p.share=0.2&lock=spend&lang=zh-CN',
  );
});

describe('hidden parameters in the sandbox URL', () => {
  const DEFAULTS = { spend: 50, share: 0.5, failureRate: 8 };

  test('not settable from the link: the default stays, and the notice says why', () => {
    expect(parseSandboxQuery(scenario, q('p.failureRate=3&p.spend=70'))).toEqual({
      state: { params: { ...DEFAULTS, spend: 70 }, seed: 1 },
      problems: [{ reason: 'hidden-param', name: 'failureRate', value: '3' }],
    });
  });

  test('settable with reveal=1 (the debrief’s link), and written back with it', () => {
    const { state, problems } = parseSandboxQuery(scenario, q('reveal=1&p.failureRate=3'));
    expect(problems).toEqual([]);
    expect(state).toEqual({ params: { ...DEFAULTS, failureRate: 3 }, seed: 1, isRevealed: true });
    expect(serialiseSandboxQuery(scenario, state).toString()).toBe('seed=1&p.failureRate=3&reveal=1');
  });
});
