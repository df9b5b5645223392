// Helpers for the chart component tests: read a chart's data table as text rows, and
// open the table the way a user does (the <summary>), so tests read like usage.
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';

/** Every row of the table (header row first) as the text of its cells. */
export function tableRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''));
}

/**
 * Opens the data table and returns it by caption. Tab must reach the summary (keyboard
 * access); jsdom toggles <details> on click only (browsers also on Enter/Space), so click.
 */
export async function openTable(caption: string): Promise<HTMLElement> {
  const user = userEvent.setup();
  const summary = screen.getByText(/Show data table|显示数据表/).closest('summary') as HTMLElement;
  const details = summary.closest('details') as HTMLDetailsElement;
  expect(details.open).toBe(false);
  for (let presses = 0; presses < 30 && document.activeElement !== summary; presses++) await user.tab();
  expect(document.activeElement).toBe(summary);
  await user.click(summary);
  expect(details.open).toBe(true);
  return screen.getByRole('table', { name: caption });
}

/** The legend's entries, in order. */
export function legendEntries(label: string): string[] {
  const legend = screen.getByRole('list', { name: label });
  return within(legend)
    .getAllByRole('listitem')
    .map((item) => item.textContent?.trim() ?? '');
}
