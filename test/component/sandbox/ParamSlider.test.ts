// ParamSlider on its own: a labelled range and exact-value box that report values through
// onChange, tell the learner what happened to a bad number, and speak both languages.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, expect, test, vi } from 'vitest';
import type { Parameter } from '../../../src/engine/scenario/schema.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import ParamSlider from '../../../src/ui/sandbox/ParamSlider.svelte';

const share: Parameter = {
  label: { en: 'Share of them influenced', 'zh-CN': '其中受影响的比例' },
  description: { en: 'At least half, says the textbook.', 'zh-CN': '教材说至少一半。' },
  default: 0.5,
  min: 0,
  max: 1,
};
const people: Parameter = { label: { en: 'People she tells', 'zh-CN': '她告诉的人数' }, unit: { en: 'people', 'zh-CN': '人' }, default: 10, min: 0, max: 100, step: 1 };

afterEach(() => i18n.setLocale('en'));

test('the slider steps by a round hundredth of the range when the scenario gives no step', () => {
  render(ParamSlider, { name: 'influencedShare', param: share, value: 0.5, onChange: vi.fn() });
  const slider = screen.getByRole('slider', { name: 'Share of them influenced' });
  expect(slider).toHaveAttribute('step', '0.01');
  expect(slider).toHaveValue('0.5');
  expect(screen.getByText('At least half, says the textbook.')).toBeInTheDocument();
});

test('slider moves and complete typed numbers are reported; half-typed ones wait', async () => {
  const onChange = vi.fn();
  render(ParamSlider, { name: 'told', param: people, value: 10, onChange });
  await fireEvent.input(screen.getByRole('slider', { name: 'People she tells' }), { target: { value: '12' } });
  expect(onChange).toHaveBeenLastCalledWith(12);
  const box = screen.getByRole('spinbutton', { name: 'People she tells: exact value' });
  await fireEvent.input(box, { target: { value: '15' } });
  expect(onChange).toHaveBeenLastCalledWith(15);
  await fireEvent.input(box, { target: { value: '150' } }); // out of range: not while typing
  expect(onChange).toHaveBeenCalledTimes(2);
});

test('on leaving the box, a number below the range is clamped and the learner told so', async () => {
  const onChange = vi.fn();
  render(ParamSlider, { name: 'told', param: people, value: 10, onChange });
  const box = screen.getByRole('spinbutton', { name: 'People she tells: exact value' });
  await fireEvent.change(box, { target: { value: '-5' } });
  expect(onChange).toHaveBeenLastCalledWith(0);
  expect(box).toHaveValue(0);
  expect(screen.getByText('-5 is below the minimum: set to 0.')).toBeInTheDocument();
});

test('an empty box is refused with a message, and the value stays', async () => {
  const onChange = vi.fn();
  render(ParamSlider, { name: 'told', param: people, value: 10, onChange });
  const box = screen.getByRole('spinbutton', { name: 'People she tells: exact value' });
  await fireEvent.change(box, { target: { value: '' } });
  expect(onChange).not.toHaveBeenCalled();
  expect(box).toHaveValue(10);
  expect(box).toHaveAccessibleDescription(/That is not a number: the value stays at 10\.$/);
});

test('in Chinese: label, unit, range and messages', async () => {
  i18n.setLocale('zh-CN');
  render(ParamSlider, { name: 'told', param: people, value: 10, onChange: vi.fn() });
  expect(screen.getByRole('slider', { name: '她告诉的人数' })).toHaveAttribute('aria-valuetext', '10 人');
  expect(screen.getByText('范围 0 至 100 人')).toBeInTheDocument();
  await fireEvent.change(screen.getByRole('spinbutton', { name: '她告诉的人数：精确数值' }), { target: { value: '101' } });
  expect(screen.getByText('101 高于最大值，已设为 100。')).toBeInTheDocument();
});
