// Helpers for the sandbox component tests: the shipped scenarios prepared from their files,
// and reading one chart's data table (opened the way a user does) among several charts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { prepareScenario, type PreparedScenario } from '../../../src/engine/prepared.ts';
import { loadScenario } from '../../../src/engine/scenario/load.ts';

export function shippedScenario(id: string): PreparedScenario {
  const text = readFileSync(resolve(import.meta.dirname, `../../../scenarios/${id}.yaml`), 'utf8');
  const result = loadScenario(text);
  if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.issues)}`);
  return prepareScenario(result.scenario);
}

/** The rows (header first) of the data table under the chart titled `title`, as cell texts. */
export async function chartTableRows(title: string): Promise<string[][]> {
  const figure = screen.getByRole('figure', { name: title });
  const details = figure.querySelector('details') as HTMLDetailsElement;
  if (!details.open) await fireEvent.click(within(figure).getByText(/Show data table|显示数据表/));
  details.open = true; // jsdom does not toggle <details> on a summary click
  return within(figure)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''));
}

/** The shown value of a metric (MetricList), e.g. "3,200". */
export function metricText(name: string): string {
  const item = document.querySelector(`[data-metric="${name}"] .value`);
  if (!item) throw new Error(`no metric ${name} shown`);
  return item.textContent?.trim() ?? '';
}

export function deltaText(name: string): string | null {
  return document.querySelector(`[data-metric="${name}"] .delta`)?.textContent?.trim() ?? null;
}
