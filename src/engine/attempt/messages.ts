// Why a saved attempt cannot be continued, and what a learner should know when it can:
// typed codes with a message in both languages.
import { interpolate, type Locale, type Localized } from '../locale.ts';

export type AttemptProblem =
  | { code: 'not-an-attempt' | 'not-active' | 'debrief-unfinished'; params?: undefined }
  | { code: 'newer-format'; params: { version: number } }
  | { code: 'bad-field'; params: { field: string } }
  | { code: 'other-case'; params: { id: string } }
  | { code: 'unknown-step' | 'bad-answer' | 'left-unanswered' | 'round-state'; params: { step: string } }
  | { code: 'unknown-param' | 'param-value' | 'explore-value'; params: { name: string } }
  | { code: 'path'; params: { from: string; to: string } };

export type AttemptProblemCode = AttemptProblem['code'];

export type AttemptNotice =
  | { code: 'case-version'; params: { saved: number; current: number } }
  | { code: 'dropped-values'; params: { names: string } };

const PROBLEMS: Record<AttemptProblemCode, Localized> = {
  'not-an-attempt': { en: 'it is not a saved attempt', 'zh-CN': '它不是一次保存的练习' },
  'not-active': { en: 'it was saved in a stopped state', 'zh-CN': '它保存时已处于停止状态' },
  'debrief-unfinished': { en: 'it claims the debrief without finishing the case', 'zh-CN': '它停在复盘页，却没有完成案例' },
  'newer-format': { en: 'it was saved by a newer version of the app (format {version})', 'zh-CN': '它由更新版本的应用保存（格式 {version}）' },
  'bad-field': { en: 'the field “{field}” is missing or malformed', 'zh-CN': '字段“{field}”缺失或格式不对' },
  'other-case': { en: 'it belongs to another case (“{id}”)', 'zh-CN': '它属于另一个案例（“{id}”）' },
  'unknown-step': { en: 'the case has no step “{step}”', 'zh-CN': '案例中没有步骤“{step}”' },
  'bad-answer': { en: 'the answer to step “{step}” is not a valid answer', 'zh-CN': '步骤“{step}”的回答无效' },
  'left-unanswered': { en: 'step “{step}” was left without a complete answer', 'zh-CN': '步骤“{step}”没有完整作答就离开了' },
  'round-state': { en: 'the rounds of step “{step}” do not add up', 'zh-CN': '步骤“{step}”的轮次对不上' },
  'unknown-param': { en: 'the case has no parameter “{name}”', 'zh-CN': '案例中没有参数“{name}”' },
  'param-value': { en: 'the parameter “{name}” is not a number within its range', 'zh-CN': '参数“{name}”不是其范围内的数' },
  'explore-value': { en: 'the explored value of “{name}” cannot be set at this step', 'zh-CN': '此步骤不能设置“{name}”的探索值' },
  path: { en: 'the case does not lead from step “{from}” to step “{to}”', 'zh-CN': '案例中无法从步骤“{from}”走到步骤“{to}”' },
};

const REFUSED: Localized = {
  en: 'This saved attempt cannot be continued: {reason}.',
  'zh-CN': '这次保存的练习无法继续：{reason}。',
};

const NOTICES: Record<AttemptNotice['code'], Localized> = {
  'case-version': {
    en: 'This attempt was saved with version {saved} of the case; it now continues in version {current}, with your answers kept.',
    'zh-CN': '这次练习保存于案例第 {saved} 版；现在在第 {current} 版中继续，你的回答都已保留。',
  },
  'dropped-values': {
    en: 'Values the case no longer has were left out: {names}.',
    'zh-CN': '案例中已不存在的数值已略去：{names}。',
  },
};

/** A refusal as one sentence for the learner. */
export function attemptProblemMessage(problem: AttemptProblem, locale: Locale): string {
  const reason = interpolate(PROBLEMS[problem.code][locale], problem.params ?? {});
  return interpolate(REFUSED[locale], { reason });
}

export function attemptNoticeMessage(notice: AttemptNotice, locale: Locale): string {
  return interpolate(NOTICES[notice.code][locale], notice.params);
}
