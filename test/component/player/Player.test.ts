// The player around the steps: where the learner is, Back / Next / Restart, focus on the
// new step's heading, the lesson panel, narrative and sandbox steps, and a language switch.
import { fireEvent, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { beforeEach, expect, test, vi } from 'vitest';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import { coffee } from './fixtures.ts';
import { answer, estimate, heading, next, nextButton, renderPlayer } from './playerKit.ts';

vi.mock('../../../src/ui/content/content.ts', () => import('./contentFromDisk.ts'));

beforeEach(() => i18n.setLocale('en'));

const position = () => screen.getByTestId('position');
const backButton = () => screen.queryByRole('button', { name: 'Back' });

test('a narrative step: case title, position, heading with focus, Markdown body, no Back', () => {
  renderPlayer(coffee());
  expect(screen.getByText('The coffee stamp card: does a loyalty scheme pay?')).toBeInTheDocument();
  expect(position()).toHaveTextContent('Step 1 of 7');
  expect(heading()).toHaveTextContent('The corner café');
  expect(heading()).toHaveFocus();
  expect(screen.getByText('500 regulars').tagName).toBe('STRONG');
  expect(backButton()).toBeNull();
  expect(nextButton()).toBeEnabled();
  expect(screen.getByRole('navigation', { name: 'Case navigation' })).toBeInTheDocument();
});

test('the lesson opens in a collapsible panel, its headings below the step heading', async () => {
  const { user } = renderPlayer(coffee());
  const summary = screen.getByText(/^Lesson: The loyalty ladder/);
  await user.click(summary);
  expect(summary.closest('details')).toHaveAttribute('open');
  const lessonHeading = await screen.findByRole('heading', { name: 'The loyalty ladder: from stranger to advocate' });
  expect(lessonHeading.tagName).toBe('H2');
  expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
});

test('Next and Back move through the path, focus lands on each new heading, answers stay locked', async () => {
  const { user, session } = renderPlayer(coffee());
  await next(user);
  expect(heading()).toHaveTextContent('Choose the card');
  expect(heading()).toHaveFocus();
  expect(position()).toHaveTextContent('Step 2 of 7');
  expect(backButton()).toBeEnabled();
  await answer(user, 'Buy nine, the tenth is free');
  await next(user);
  await estimate(user, '200');
  await next(user);
  expect(position()).toHaveTextContent('Step 4 of 7');

  await user.click(backButton()!);
  expect(heading()).toHaveTextContent('Estimate');
  expect(heading()).toHaveFocus();
  expect(screen.getByRole('spinbutton', { name: 'Your estimate (cups)' })).toBeDisabled();
  expect(screen.getByRole('spinbutton', { name: 'Your estimate (cups)' })).toHaveValue(200);
  await user.click(backButton()!);
  expect(screen.getByRole('radio', { name: 'Buy nine, the tenth is free' })).toBeChecked();
  expect(screen.getByTestId('choice-feedback')).toHaveTextContent('only to people who keep coming back');
  expect(session.context.trail).toEqual(['story']);
});

test('the position follows the branch the answer takes', async () => {
  const { user } = renderPlayer(coffee());
  await next(user);
  expect(position()).toHaveTextContent('Step 2 of 7');
  await answer(user, 'No card; spend the money elsewhere');
  expect(position()).toHaveTextContent('Step 2 of 6');
  await next(user);
  expect(heading()).toHaveTextContent('What makes a loyalty card pay?');
  expect(position()).toHaveTextContent('Step 3 of 6');
});

test('Restart asks first; Cancel keeps the attempt, Yes starts a new one from the first step', async () => {
  const { user, session } = renderPlayer(coffee(), { seed: 5 });
  await next(user);
  await answer(user, 'Buy nine, the tenth is free');
  await user.click(screen.getByRole('button', { name: 'Restart' }));
  const confirm = screen.getByRole('group', { name: /Start this case again from the first step\?/ });
  expect(within(confirm).getByRole('button', { name: 'Yes, start again' })).toHaveFocus();
  await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
  expect(screen.getByRole('button', { name: 'Restart' })).toHaveFocus();
  expect(session.context.answers.choices).toEqual({ design: ['stamp'] });

  await user.click(screen.getByRole('button', { name: 'Restart' }));
  await user.click(screen.getByRole('button', { name: 'Yes, start again' }));
  expect(heading()).toHaveTextContent('The corner café');
  expect(heading()).toHaveFocus();
  expect(session.context.answers.choices).toEqual({});
  expect(session.context.seed).not.toBe(5);
});

test('a sandbox step moves parameters (SET_PARAM), redraws its metrics and never changes the score', async () => {
  const { user, session } = renderPlayer(coffee());
  await next(user);
  await answer(user, 'No card; spend the money elsewhere');
  await next(user);
  await answer(user, 'It makes customers come more often than they would have');
  await next(user);
  await user.click(screen.getByRole('button', { name: 'Submit round 1' }));
  await user.click(screen.getByRole('button', { name: 'Start round 2 of 2' }));
  await user.click(screen.getByRole('button', { name: 'Submit round 2' }));
  await next(user);
  expect(heading()).toHaveTextContent('What if…?');
  expect(backButton()).not.toBeNull(); // back into played rounds shows them; Next leads on again

  const sliders = screen.getAllByRole('slider').map((s) => (s as HTMLInputElement).labels?.[0]?.textContent);
  expect(sliders).toEqual(['Extra visits a stamp card brings', 'Visits per customer per month', 'Price per cup', 'Cost per cup']);
  const freeCups = () => document.querySelector('[data-metric="freeCupsStamp"] .value');
  expect(freeCups()).toHaveTextContent('230'); // 500 × 4 × 1.15 × 0.1
  const scoreBefore = session.evaluation.scores.total;

  await fireEvent.input(screen.getByRole('slider', { name: 'Extra visits a stamp card brings' }), { target: { value: '0.3' } });
  expect(session.context.explore).toEqual({ upliftStamp: 0.3 });
  expect(freeCups()).toHaveTextContent('260'); // 500 × 4 × 1.3 × 0.1
  expect(document.querySelector('[data-metric="freeCupsStamp"] .delta')).toHaveTextContent('(+30)');
  expect(screen.getByRole('figure', { name: 'Revenue and profit' })).toBeInTheDocument();
  expect(session.evaluation.scores.total).toBe(scoreBefore);

  await user.click(screen.getByRole('button', { name: 'Back to the case’s values' }));
  expect(freeCups()).toHaveTextContent('230');
});

test('switching the language mid-case re-renders the step, the controls and the feedback', async () => {
  const { user } = renderPlayer(coffee());
  await next(user);
  await answer(user, '10% off every cup');
  i18n.setLocale('zh-CN');
  flushSync();
  expect(heading()).toHaveTextContent('选择会员卡方案');
  expect(position()).toHaveTextContent('第 2 步，共 7 步');
  expect(screen.getByRole('radio', { name: '每杯打九折' })).toBeChecked();
  expect(screen.getByTestId('choice-feedback')).toHaveTextContent('人人都有折扣，偶尔来的人也一样，行为改变最小。');
  expect(screen.getByRole('button', { name: '下一步' })).toBeEnabled();
  expect(screen.getByRole('navigation', { name: '案例导航' })).toBeInTheDocument();
});
