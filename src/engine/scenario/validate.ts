// Step three of loading: the checks a schema cannot express — duplicate ids, ranges,
// the step graph (missing targets, unreachable steps, loops with no way out), charts,
// rubric bands — and then every formula. All problems are returned at once.
import { hiddenParams } from '../parameters.ts';
import { getModel, MODEL_IDS } from '../models/registry.ts';
import type { SimulationModel } from '../models/types.ts';
import type { IssuePath, ScenarioIssue } from './issues.ts';
import type { ScenarioIssueCode } from './messages.ts';
import type { Locator } from './locate.ts';
import { buildGraph, canFinish, reachableFromStart, transitionsOf } from './graph.ts';
import type { Scenario } from './schema.ts';
import { validateFormulas } from './validateFormulas.ts';
import { validateSimulation } from './validateSimulation.ts';
import { chartFits } from './charts.ts';
import { isReservedWord } from '../expr/index.ts';
import { own } from '../own.ts';

type Push = (path: IssuePath, code: ScenarioIssueCode, params?: Record<string, string | number>) => void;

function checkDuplicates(ids: string[], pathOf: (i: number) => IssuePath, push: Push, code: ScenarioIssueCode = 'duplicate-id') {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) push(pathOf(i), code, code === 'duplicate-id' ? { id } : { name: id });
    seen.add(id);
  });
}

function checkRanges(s: Scenario, push: Push) {
  for (const [name, p] of Object.entries(s.parameters ?? {})) {
    if (p.min > p.max) push(['parameters', name, 'min'], 'min-above-max', { min: p.min, max: p.max });
    else if (p.default < p.min || p.default > p.max) push(['parameters', name, 'default'], 'default-out-of-range', { value: p.default, min: p.min, max: p.max });
  }
  for (const [presetName, preset] of Object.entries(s.presets ?? {})) {
    for (const [name, value] of Object.entries(preset.values)) {
      const p = own(s.parameters, name);
      if (!p) push(['presets', presetName, 'values', name], 'preset-unknown-param', { name });
      else if (value < p.min || value > p.max) push(['presets', presetName, 'values', name], 'value-out-of-range', { name, value, min: p.min, max: p.max });
    }
  }
}

function checkSteps(s: Scenario, push: Push) {
  const ids = s.steps.map((st) => st.id);
  checkDuplicates(ids, (i) => ['steps', i, 'id'], push);
  const known = new Set(ids);
  const stateNames = new Set(Object.keys(s.state ?? {}));
  s.steps.forEach((step, i) => {
    const transitions = transitionsOf(s, i);
    if (step.kind === 'debrief' && step.next !== undefined) push(['steps', i, 'next'], 'debrief-has-next');
    if (step.kind !== 'debrief' && transitions.length === 0) push(['steps', i], 'last-step-needs-next', { id: step.id });
    if (Array.isArray(step.next)) {
      step.next.forEach((t, j) => known.has(t.to) || push(['steps', i, 'next', j, 'to'], 'missing-step', { target: t.to }));
      const last = step.next[step.next.length - 1];
      if (!last || last.when !== undefined) push(['steps', i, 'next'], 'no-fallback-transition');
    } else if (typeof step.next === 'string' && !known.has(step.next)) push(['steps', i, 'next'], 'missing-step', { target: step.next });
    if (step.kind === 'choice' || step.kind === 'allocate') {
      checkDuplicates(step.options.map((o) => o.id), (j) => ['steps', i, 'options', j, 'id'], push);
    }
    if (step.kind === 'choice') {
      const optionIds = new Set(step.options.map((o) => o.id));
      if (Array.isArray(step.default) && !step.multiple) push(['steps', i, 'default'], 'single-default-list');
      for (const d of [step.default ?? []].flat()) if (!optionIds.has(d)) push(['steps', i, 'default'], 'unknown-option', { id: d });
      step.options.forEach((o, j) => {
        for (const name of Object.keys(o.effects ?? {})) if (!stateNames.has(name)) push(['steps', i, 'options', j, 'effects', name], 'effect-not-state', { name });
      });
    }
    if (step.kind === 'estimate') {
      if (step.min > step.max) push(['steps', i, 'min'], 'min-above-max', { min: step.min, max: step.max });
      else if (step.default !== undefined && (step.default < step.min || step.default > step.max)) {
        push(['steps', i, 'default'], 'default-out-of-range', { value: step.default, min: step.min, max: step.max });
      }
    }
    if (step.kind === 'allocate' && step.default) {
      const optionIds = new Set(step.options.map((o) => o.id));
      for (const id of Object.keys(step.default)) if (!optionIds.has(id)) push(['steps', i, 'default', id], 'unknown-option', { id });
      const sum = Object.values(step.default).reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 1) > 1e-6) push(['steps', i, 'default'], 'shares-sum', { sum: Math.round(sum * 1e6) / 1e6 });
    }
    if (step.kind === 'sandbox') {
      (step.params ?? []).forEach((p, j) => {
        const param = own(s.parameters, p);
        if (!param) push(['steps', i, 'params', j], 'unknown-param', { name: p });
        else if (param.hidden === true) push(['steps', i, 'params', j], 'hidden-param-in-sandbox', { name: p });
      });
    }
  });
  if (!s.steps.some((st) => st.kind === 'debrief')) push(['steps'], 'no-debrief');
  const graph = buildGraph(s);
  const reachable = reachableFromStart(s, graph);
  const finishing = canFinish(s, graph);
  // A step whose target is misspelt already has its own error; "no way out" would only confuse.
  const hasMissingTarget = (i: number) => transitionsOf(s, i).some((t) => !known.has(t.to));
  s.steps.forEach((step, i) => {
    if (!reachable.has(step.id)) push(['steps', i, 'id'], 'unreachable-step', { id: step.id });
    else if (!finishing.has(step.id) && !hasMissingTarget(i) && s.steps.some((st) => st.kind === 'debrief')) {
      push(['steps', i, 'id'], 'no-way-out', { id: step.id });
    }
  });
}

function checkNamesAndCharts(s: Scenario, model: SimulationModel | null, push: Push) {
  const declared = [
    ...Object.keys(s.parameters ?? {}).map((n) => ({ n, path: ['parameters', n] as IssuePath })),
    ...Object.keys(s.state ?? {}).map((n) => ({ n, path: ['state', n] as IssuePath })),
    ...Object.keys(s.metrics ?? {}).map((n) => ({ n, path: ['metrics', n] as IssuePath })),
    ...s.steps.flatMap((st, i) => (st.kind === 'estimate' ? [{ n: st.id, path: ['steps', i, 'id'] as IssuePath }] : [])),
  ];
  checkDuplicates(declared.map((d) => d.n), (i) => declared[i]!.path, push, 'duplicate-name');
  for (const d of declared) if (isReservedWord(d.n)) push(d.path, 'reserved-name', { name: d.n });
  const charts = s.charts ?? [];
  checkDuplicates(charts.map((c) => c.id), (i) => ['charts', i, 'id'], push);
  const metricNames = new Set(Object.keys(s.metrics ?? {}));
  charts.forEach((chart, i) => {
    if (chart.series === undefined && chart.metrics === undefined) push(['charts', i], 'chart-needs-source');
    if (chart.series === undefined && chart.metrics !== undefined && chart.kind !== 'bar') push(['charts', i, 'kind'], 'metrics-chart-kind');
    (chart.metrics ?? []).forEach((m, j) => metricNames.has(m) || push(['charts', i, 'metrics', j], 'unknown-metric', { name: m }));
    if (chart.series === undefined) return;
    if (!model) return push(['charts', i, 'series'], 'no-model');
    const kind = model.series[chart.series];
    if (!kind) return push(['charts', i, 'series'], 'unknown-series', { name: chart.series, known: Object.keys(model.series).join(', ') });
    if (!chartFits(chart.kind, kind)) push(['charts', i, 'kind'], 'series-kind-mismatch', { chart: chart.kind, name: chart.series, kind });
  });
  const chartIds = new Set(charts.map((c) => c.id));
  s.steps.forEach((step, i) => {
    (step.charts ?? []).forEach((c, j) => chartIds.has(c) || push(['steps', i, 'charts', j], 'unknown-chart', { id: c }));
    (step.metrics ?? []).forEach((m, j) => metricNames.has(m) || push(['steps', i, 'metrics', j], 'unknown-metric', { name: m }));
    if (step.kind !== 'estimate' || !step.outcome) return;
    step.outcome.metrics.forEach((m, j) => metricNames.has(m) || push(['steps', i, 'outcome', 'metrics', j], 'unknown-metric', { name: m }));
    const chart = step.outcome.chart;
    if (chart !== undefined && !chartIds.has(chart)) push(['steps', i, 'outcome', 'chart'], 'unknown-chart', { id: chart });
  });
}

/**
 * A metric whose formula is nothing but a hidden parameter's name would show that value to
 * learners in every metric list and in the sandbox: refused, so a hidden value stays hidden
 * until the debrief reveals it. Metrics that merely use it (its effects) are the point.
 */
function checkHiddenMetrics(s: Scenario, push: Push) {
  const hidden = new Set(hiddenParams(s));
  for (const [name, metric] of Object.entries(s.metrics ?? {})) {
    const formula = typeof metric.formula === 'string' ? metric.formula.trim().replace(/^\((.*)\)$/s, '$1').trim() : '';
    if (hidden.has(formula)) push(['metrics', name, 'formula'], 'hidden-param-as-metric', { metric: name, name: formula });
  }
}

function checkScoring(s: Scenario, push: Push) {
  checkDuplicates(s.scoring.dimensions.map((d) => d.id), (i) => ['scoring', 'dimensions', i, 'id'], push);
  s.scoring.dimensions.forEach((d, i) => {
    const mins = d.bands.map((b) => b.min);
    if (mins.some((m, j) => j > 0 && m >= mins[j - 1]!)) push(['scoring', 'dimensions', i, 'bands'], 'bands-order');
    else if (mins[mins.length - 1]! > 0) push(['scoring', 'dimensions', i, 'bands'], 'bands-cover');
  });
  const mins = s.scoring.grades.map((g) => g.min);
  if (mins.some((m, j) => j > 0 && m >= mins[j - 1]!) || mins[mins.length - 1]! > 0) push(['scoring', 'grades'], 'grades-order');
}

/** Every semantic problem of a well-shaped scenario; an empty list means it is valid. */
export function validateScenario(s: Scenario, locator: Locator): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const push: Push = (path, code, params = {}) => issues.push({ code, params, path, ...locator.at(path) });
  let model: SimulationModel | null = null;
  if (s.model) {
    model = getModel(s.model.type);
    if (!model) push(['model', 'type'], 'unknown-model', { type: s.model.type, known: MODEL_IDS.join(', ') });
    else {
      const stepIds = new Set(s.steps.map((st) => st.id));
      for (const [name, value] of Object.entries(s.model.settings ?? {})) {
        if (!Object.hasOwn(model.settings, name)) push(['model', 'settings', name], 'unknown-model-setting', { type: s.model.type, name });
        // Settings that name a step (respondStep, allocateStep, …) must name a real one.
        else if (name.endsWith('Step') && typeof value === 'string' && !stepIds.has(value)) push(['model', 'settings', name], 'unknown-step-setting', { name, id: value });
      }
    }
  }
  checkRanges(s, push);
  checkSteps(s, push);
  checkNamesAndCharts(s, model, push);
  checkHiddenMetrics(s, push);
  checkScoring(s, push);
  issues.push(...validateFormulas(s, model, locator));
  issues.push(...validateSimulation(s, model, locator));
  return issues;
}
