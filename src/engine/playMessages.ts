// Messages for headless play (the CLI's `play`): problems in a decisions file or in the
// command's options, in both languages, like the validator's.
import { interpolate, type Locale } from './locale.ts';

export interface PlayProblem {
  code: PlayProblemCode;
  params: Record<string, string | number>;
}

const TEMPLATES = {
  'no-such-step': { en: 'decision {n} (step "{step}"): no such step', 'zh-CN': '第 {n} 条决策（步骤“{step}”）：没有这个步骤' },
  'needs-choose': { en: 'decision {n} (step "{step}"): needs "choose"', 'zh-CN': '第 {n} 条决策（步骤“{step}”）：缺少 "choose"' },
  'single-takes-one': { en: 'decision {n} (step "{step}"): a single choice takes one option, not a list', 'zh-CN': '第 {n} 条决策（步骤“{step}”）：单选题只能选一个选项，不能是列表' },
  'unknown-option': { en: 'decision {n} (step "{step}"): unknown option "{option}"', 'zh-CN': '第 {n} 条决策（步骤“{step}”）：未知选项“{option}”' },
  'estimate-range': { en: 'decision {n} (step "{step}"): "estimate" must be a number in {min}..{max}', 'zh-CN': '第 {n} 条决策（步骤“{step}”）："estimate" 必须是 {min}..{max} 之间的数' },
  'shares-sum': { en: 'decision {n} (step "{step}"): shares must be ≥ 0 and sum to 1 (they sum to {sum})', 'zh-CN': '第 {n} 条决策（步骤“{step}”）：各份额必须 ≥ 0 且总和为 1（现在为 {sum}）' },
  'no-decision': { en: 'decision {n} (step "{step}"): a {kind} step takes no decision', 'zh-CN': '第 {n} 条决策（步骤“{step}”）：{kind} 步骤不需要决策' },
  stuck: { en: 'stuck at step "{step}": the decision was refused or no transition applies', 'zh-CN': '卡在步骤“{step}”：决策被拒绝，或没有可走的下一步' },
  'no-debrief': { en: 'no debrief reached within {max} events', 'zh-CN': '{max} 个事件内没有到达复盘' },
  'bad-seed': { en: '--seed must be a whole number, not "{value}"', 'zh-CN': '--seed 必须是整数，而不是“{value}”' },
  'no-preset': { en: 'no preset "{name}"; presets: {known}', 'zh-CN': '没有预设“{name}”；可用的预设：{known}' },
  'no-param': { en: 'no parameter "{name}"; parameters: {known}', 'zh-CN': '没有参数“{name}”；可用的参数：{known}' },
  'param-range': { en: '--param {name}={value}: must be a number in {min}..{max}', 'zh-CN': '--param {name}={value}：必须是 {min}..{max} 之间的数' },
  'no-strategy': { en: 'no strategy "{name}"; strategies: {known}', 'zh-CN': '没有方案“{name}”；可用的方案：{known}' },
  'strategy-and-decisions': { en: '--strategy and --decisions cannot be combined in play: choose one', 'zh-CN': 'play 命令不能同时使用 --strategy 和 --decisions：请二选一' },
  'nothing-to-compare': { en: 'nothing to compare: give --strategy (at least one) or --decisions, or add `strategies:` to the case', 'zh-CN': '没有可比较的内容：请给出 --strategy（至少一个）或 --decisions，或在案例中添加 `strategies:`' },
  'bad-decisions-file': { en: '{file}: {detail}', 'zh-CN': '{file}：{detail}' },
  'decisions-not-array': { en: '{file}: expected a JSON array of decisions', 'zh-CN': '{file}：应为由决策组成的 JSON 数组' },
} satisfies Record<string, Record<Locale, string>>;

export type PlayProblemCode = keyof typeof TEMPLATES;

export function playMessage(problem: PlayProblem, locale: Locale): string {
  return interpolate(TEMPLATES[problem.code][locale], problem.params);
}
