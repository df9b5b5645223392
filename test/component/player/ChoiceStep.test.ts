// Choice steps in the player: a radio group or checkboxes with Submit; after answering,
// the feedback appears in a live region and takes focus, and the answer is locked.
import { screen, within } from '@testing-library/svelte';
import { beforeEach, expect, test, vi } from 'vitest';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import { coffee } from './fixtures.ts';
import { answer, estimate, heading, next, nextButton, renderPlayer } from './playerKit.ts';

vi.mock('../../../src/ui/content/content.ts', () => import('./contentFromDisk.ts'));

beforeEach(() => i18n.setLocale('en'));

test('single choice: a radio group, Next disabled with its reason until answered', async () => {
  const { user } = renderPlayer(coffee());
  await next(user);
  expect(heading()).toHaveTextContent('Choose the card');
  const group = screen.getByRole('group', { name: 'Choose one answer' });
  expect(within(group).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['stamp', 'discount', 'expiring', 'none']);
  expect(nextButton()).toBeDisabled();
  expect(nextButton()).toHaveAccessibleDescription('Submit an answer to continue.');
  expect(screen.getByTestId('choice-feedback')).toBeEmptyDOMElement();
});

test('single choice: submitting nothing asks for a choice and sends nothing', async () => {
  const { user, session } = renderPlayer(coffee());
  await next(user);
  await user.click(screen.getByRole('button', { name: 'Submit answer' }));
  expect(screen.getByRole('alert')).toHaveTextContent('Choose an option first.');
  expect(session.context.answers.choices).toEqual({});
});

test('single choice: the feedback appears in a live region, takes focus, and the answer is locked', async () => {
  const { user, session } = renderPlayer(coffee());
  await next(user);
  // Moving through the group changes the selection only; Submit commits it.
  await user.click(screen.getByRole('radio', { name: '10% off every cup' }));
  await user.click(screen.getByRole('radio', { name: 'A stamp card whose stamps expire after 30 days (in the fine print)' }));
  expect(session.context.answers.choices).toEqual({});
  await user.click(screen.getByRole('button', { name: 'Submit answer' }));

  const feedback = screen.getByTestId('choice-feedback');
  expect(feedback).toHaveAttribute('aria-live', 'polite');
  expect(feedback).toHaveFocus();
  expect(feedback).toHaveTextContent('Fewer free cups, but customers who discover the fine print feel tricked.');
  expect(feedback).toHaveTextContent('your choice');
  expect(feedback).not.toHaveTextContent('10% off');
  expect(session.context.answers.choices).toEqual({ design: ['expiring'] });

  const chosen = screen.getByRole('radio', { name: /expire after 30 days/ });
  expect(chosen).toBeChecked();
  expect(chosen).toBeDisabled();
  expect(screen.getByRole('radio', { name: '10% off every cup' })).not.toBeChecked();
  expect(screen.queryByRole('button', { name: 'Submit answer' })).toBeNull();
  expect(nextButton()).toBeEnabled();
});

test('multiple choice: checkboxes, then every option’s feedback marked right or wrong', async () => {
  const { user, session } = renderPlayer(coffee());
  await next(user);
  await answer(user, 'Buy nine, the tenth is free');
  await next(user);
  await estimate(user, '230');
  await next(user);
  expect(heading()).toHaveTextContent('What makes a loyalty card pay?');
  expect(screen.getByRole('group', { name: 'Choose every answer that applies' })).toBeInTheDocument();
  expect(screen.getAllByRole('checkbox')).toHaveLength(5);

  await answer(user, 'It makes customers come more often than they would have', 'It gives everyone the same discount');
  expect(session.context.answers.choices.why).toEqual(['behaviour', 'everyone']);
  const items = within(screen.getByTestId('choice-feedback')).getAllByRole('listitem');
  expect(items.map((li) => [li.dataset.option, li.className.split(' ')[0]])).toEqual([
    ['behaviour', 'chosen-correct'],
    ['best', 'missed-correct'],
    ['data', 'missed-correct'],
    ['everyone', 'chosen-wrong'],
    ['trap', 'skipped-wrong'],
  ]);
  // The mark and its words judge the learner; the case's text explains the statement and
  // never reads as the opposite ("✗ … wrong" is never followed by "Right.").
  const verdicts = items.map((li) => li.querySelector('.verdict')?.textContent);
  expect(verdicts).toEqual([
    'Your judgement: right — you chose it, and it is correct',
    'Your judgement: wrong — it is correct, but you left it out',
    'Your judgement: wrong — it is correct, but you left it out',
    'Your judgement: wrong — you chose it, but it is not correct',
    'Your judgement: right — it is not correct, and you left it out',
  ]);
  expect(items.map((li) => li.querySelector('.mark')?.textContent)).toEqual(['✓', '✗', '✗', '✗', '✓']);
  expect(items[0]).toHaveTextContent('True: a reward that changes nothing is just a price cut.');
  expect(items[1]).toHaveTextContent('True: that is what sets it apart from a discount for all.');
  expect(items[4]).toHaveTextContent('Not so: feeling tricked destroys trust.');
  for (const item of items) expect(item.textContent).not.toMatch(/\bRight\b|\bWrong\b/);
  expect(screen.getAllByRole('checkbox').map((c) => [(c as HTMLInputElement).checked, c.matches(':disabled')])).toEqual([
    [true, true], [false, true], [false, true], [true, true], [false, true],
  ]);
});
