// Scenarios built from each built-in model's own variables (every one a parameter, every
// output a metric), so the benchmark measures each model even before its flagship case exists.
import { stringify } from 'yaml';
import { MODEL_IDS, getModel } from '../../src/engine/models/registry.ts';
import type { SimulationModel } from '../../src/engine/models/types.ts';

const text = (en: string) => ({ 'zh-CN': en, en });

/** The allocate step a model reads its budget split from, when it reads one. */
const ALLOCATE_STEPS: Record<string, { id: string; options: string[]; rounds?: string }> = {
  ladder: { id: 'quarter', options: ['attract', 'needs', 'rewards', 'club', 'switching', 'employees'], rounds: 'rounds' },
  switching: { id: 'portfolio', options: ['procedural', 'financial', 'relational', 'value'] },
};

function modelScenario(model: SimulationModel): string {
  const allocate = ALLOCATE_STEPS[model.id];
  const series = Object.entries(model.series);
  return stringify({
    formatVersion: 1,
    id: `bench-${model.id}`,
    version: 1,
    title: text(`Benchmark: ${model.id}`),
    summary: text('Every model variable as a parameter'),
    model: { type: model.id },
    parameters: Object.fromEntries(
      model.variables.map((v) => [v.name, { label: v.label, default: v.default, min: v.min, max: v.max }]),
    ),
    metrics: Object.fromEntries(model.outputs.map((name) => [`out_${name}`, { label: text(name), formula: `model.${name}` }])),
    charts: series.map(([name, kind]) => ({
      id: name,
      kind: { lines: 'line', bars: 'bar', tree: 'tree', flows: 'sankey', points: 'quadrant' }[kind],
      title: text(name),
      series: name,
    })),
    steps: [
      ...(allocate
        ? [{ id: allocate.id, kind: 'allocate', title: text('Split'), rounds: allocate.rounds, options: allocate.options.map((id) => ({ id, label: text(id) })) }]
        : []),
      { id: 'end', kind: 'debrief', title: text('End') },
    ].map((step) => Object.fromEntries(Object.entries(step).filter(([, v]) => v !== undefined))),
    scoring: {
      dimensions: [{ id: 'value', weight: 1, terms: [{ label: text('Start'), formula: 50 }], bands: [{ min: 0, feedback: text('Done') }] }],
      grades: [{ min: 0, grade: 'A', label: text('Done') }],
    },
  });
}

/** One scenario text per built-in model, by model id. */
export function modelScenarios(): { id: string; text: string }[] {
  return MODEL_IDS.map((id) => ({ id, text: modelScenario(getModel(id)!) }));
}
