// aggregateClass on three students' real export files (coffee card and vanity number):
// who started and finished, score distributions over each student's best finished
// attempt, and the class's decisions from each student's latest answer.
import { describe, expect, test } from 'vitest';
import { aggregateClass } from '../../../src/ui/classReport/aggregate.ts';
import { studentLabel } from '../../../src/ui/classReport/students.ts';
import type { CaseReport, DecisionSummary } from '../../../src/ui/classReport/types.ts';
import { caseInfos, loadAllFixtures } from './fixtures.ts';

const report = aggregateClass(loadAllFixtures(), caseInfos());
const caseOf = (id: string): CaseReport => report.cases.find((c) => c.scenarioId === id)!;
const decision = (c: CaseReport, stepId: string): DecisionSummary => c.decisions.find((d) => d.stepId === stepId)!;
const shares = (d: DecisionSummary) => (d.kind === 'estimate' ? {} : Object.fromEntries(d.options.map((o) => [o.id, o.share])));
const counts = (d: DecisionSummary) => (d.kind === 'estimate' ? {} : Object.fromEntries(d.options.map((o) => [o.id, o.count])));

describe('the class', () => {
  test('has three students, named by name or by class code and file', () => {
    expect(report.students.map(studentLabel)).toEqual(['Alice Wang', 'CRM-1 (student-3.json)', '李博']);
    expect(report.attemptCount).toBe(7);
    expect(report.duplicateAttempts).toBe(0);
  });

  test('lists the cases in the order given', () => {
    expect(report.cases.map((c) => c.scenarioId)).toEqual(['coffee-card-example', 'vanity-number-penalty']);
    expect(caseOf('coffee-card-example').info?.title.en).toBe('The coffee stamp card: does a loyalty scheme pay?');
  });
});

describe('coffee card: three started, three finished', () => {
  const coffee = caseOf('coffee-card-example');

  test('counts students, not attempts (Alice played twice)', () => {
    expect(coffee.started).toBe(3);
    expect(coffee.finished).toBe(3);
  });

  test('totals use each best finished attempt: 83 (Alice, not her 44), 38.8, 72.5', () => {
    expect(coffee.total.count).toBe(3);
    expect(coffee.total.mean).toBeCloseTo(194.3 / 3, 10);
    expect(coffee.total.median).toBe(72.5);
    expect(coffee.total.bins).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 1, 0]);
  });

  test('dimensions come from the same best attempts, shared four in order', () => {
    expect(coffee.dimensions.map((d) => d.id)).toEqual(['value', 'relationship', 'ethics', 'insight']);
    expect(coffee.dimensions.map((d) => d.label?.en)).toEqual(['Value', 'Relationship', 'Ethics', 'Insight']);
    const byId = Object.fromEntries(coffee.dimensions.map((d) => [d.id, d.distribution]));
    // value 52, 4, 60; relationship 80, 20, 40; ethics 100 ×3; insight 100, 31.2, 90
    expect(byId.value).toMatchObject({ count: 3, median: 52, bins: [1, 0, 0, 0, 0, 1, 1, 0, 0, 0] });
    expect(byId.value!.mean).toBeCloseTo(116 / 3, 10);
    expect(byId.relationship).toMatchObject({ median: 40, bins: [0, 0, 1, 0, 1, 0, 0, 0, 1, 0] });
    expect(byId.relationship!.mean).toBeCloseTo(140 / 3, 10);
    expect(byId.ethics).toEqual({ count: 3, mean: 100, median: 100, bins: [0, 0, 0, 0, 0, 0, 0, 0, 0, 3] });
    expect(byId.insight).toMatchObject({ median: 90, bins: [0, 0, 0, 1, 0, 0, 0, 0, 0, 2] });
    expect(byId.insight!.mean).toBeCloseTo(221.2 / 3, 10);
  });

  test('decision steps follow the scenario file', () => {
    expect(coffee.decisions.map((d) => [d.stepId, d.kind])).toEqual([
      ['design', 'choice'],
      ['freeCups', 'estimate'],
      ['why', 'choice'],
      ['budget', 'allocate'],
    ]);
  });

  test('the card design: each student’s latest answer (Alice’s second attempt chose the fine print)', () => {
    const design = decision(coffee, 'design');
    expect(design.answered).toBe(3);
    expect(counts(design)).toEqual({ stamp: 0, discount: 1, expiring: 1, none: 1 });
    expect(shares(design)).toEqual({ stamp: 0, discount: 1 / 3, expiring: 1 / 3, none: 1 / 3 });
    expect(design.kind === 'choice' && design.options.map((o) => o.label?.['zh-CN'])).toEqual([
      '集满 9 个章，第 10 杯免费',
      '每杯打九折',
      '集点卡，但印章 30 天后过期（写在小字里）',
      '不做会员卡，把钱花在别处',
    ]);
  });

  test('a multiple-choice step: shares of those who answered, adding up past 100%', () => {
    const why = decision(coffee, 'why');
    expect(why).toMatchObject({ kind: 'choice', multiple: true, answered: 3 });
    expect(counts(why)).toEqual({ behaviour: 3, best: 1, data: 0, everyone: 1, trap: 1 });
    expect(shares(why).behaviour).toBe(1);
  });

  test('the estimate: only the two students whose path asked it', () => {
    expect(decision(coffee, 'freeCups')).toMatchObject({ kind: 'estimate', answered: 2, mean: 300, median: 300, unit: { en: 'cups' } });
  });

  test('the budget: rounds averaged per student, then the mean across students', () => {
    const budget = decision(coffee, 'budget');
    expect(budget.answered).toBe(3);
    // Alice (latest) 100% card both rounds; Li Bo 60%; student 3 20%.
    expect(shares(budget).card).toBeCloseTo(0.6, 12);
    expect(shares(budget).service).toBeCloseTo(0.4, 12);
  });
});

describe('vanity number: three started, one finished', () => {
  const vanity = caseOf('vanity-number-penalty');

  test('counts and the one finisher’s scores', () => {
    expect([vanity.started, vanity.finished]).toEqual([3, 1]);
    expect(vanity.total).toEqual({ count: 1, mean: 86.1, median: 86.1, bins: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0] });
  });

  test('unfinished attempts still count for the decisions they reached', () => {
    const respond = decision(vanity, 'respond');
    expect(respond.answered).toBe(3);
    expect(counts(respond)).toEqual({ 'enforce-penalty': 1, 'add-procedures': 0, 'partial-waiver': 1, 'review-contract': 0, 'waive-and-compete': 1 });
    const portfolio = decision(vanity, 'portfolio');
    expect(portfolio.answered).toBe(2);
    const mean = shares(portfolio);
    expect([mean.procedural, mean.financial, mean.relational, mean.value].map((x) => Math.round(x! * 1e9) / 1e9)).toEqual([0.05, 0.15, 0.35, 0.45]);
    expect(decision(vanity, 'kinds').answered).toBe(1);
  });
});

test('the student rows hold the best and the latest per case', () => {
  const [alice, student3, bo] = report.students;
  expect(alice!.cases['coffee-card-example']).toEqual({
    attempts: 2,
    isFinished: true,
    best: { dimensions: { value: 52, relationship: 80, ethics: 100, insight: 100 }, total: 83, grade: 'B' },
    latest: { status: 'finished', total: 44, grade: 'D' },
  });
  expect(alice!.cases['vanity-number-penalty']?.best?.total).toBe(86.1);
  expect(bo!.cases['vanity-number-penalty']).toEqual({ attempts: 1, isFinished: false, best: null, latest: { status: 'in-progress', total: null, grade: null } });
  expect(student3!).toMatchObject({ name: null, classCode: 'CRM-1', fileNames: ['student-3.json'] });
  expect(student3!.cases['coffee-card-example']?.best?.total).toBe(72.5);
});

test('a case this app does not know keeps its scores and has no decisions', () => {
  const unknown = aggregateClass(loadAllFixtures(), new Map([...caseInfos()].filter(([id]) => id !== 'vanity-number-penalty')));
  const vanity = unknown.cases.find((c) => c.scenarioId === 'vanity-number-penalty')!;
  expect(vanity).toMatchObject({ info: null, started: 3, finished: 1, decisions: [] });
  expect(vanity.dimensions.map((d) => d.label)).toEqual([null, null, null, null]);
});
