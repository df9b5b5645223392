// Helpers for the player's component tests: render a case in the Player and move through
// it the way a learner does (labels and roles, not test ids), so tests read like usage.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { PreparedScenario } from '../../../src/engine/prepared.ts';
import Player from '../../../src/ui/player/Player.svelte';
import { PlaySession, type SessionOptions } from '../../../src/ui/player/session.svelte.ts';

export function renderPlayer(p: PreparedScenario, options: Partial<SessionOptions> = {}) {
  const session = new PlaySession(p, { seed: 1, ...options });
  const user = userEvent.setup({ delay: null });
  const view = render(Player, { session });
  return { session, user, ...view };
}

type User = ReturnType<typeof userEvent.setup>;

export const heading = () => screen.getByRole('heading', { level: 1 });
export const nextButton = () => screen.getByRole('button', { name: 'Next' });

export async function next(user: User): Promise<void> {
  await user.click(nextButton());
}

/** Picks options (radio or checkbox labels) and submits the answer. */
export async function answer(user: User, ...labels: string[]): Promise<void> {
  for (const label of labels) await user.click(screen.getByRole(labels.length > 1 || screen.queryAllByRole('checkbox').length ? 'checkbox' : 'radio', { name: label }));
  await user.click(screen.getByRole('button', { name: 'Submit answer' }));
}

export async function estimate(user: User, value: string): Promise<void> {
  await user.type(screen.getByRole('spinbutton', { name: /Your estimate/ }), value);
  await user.click(screen.getByRole('button', { name: 'Submit estimate' }));
}
