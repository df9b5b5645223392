// Validation messages in both languages, written for a teacher who is not a programmer.
// Each issue code has one template per language; `{name}` placeholders come from params.
import { interpolate, type Locale } from '../locale.ts';
import { FormulaErrorCodeValues, formulaMessage } from '../expr/index.ts';
import type { ScenarioIssue } from './issues.ts';
import { SIMULATION_TEMPLATES } from './messagesSimulation.ts';

type Templates = Record<string, Record<Locale, string>>;

const TEMPLATES = {
  'file-too-large': { en: 'the file is {size} bytes; the limit is {max} bytes', 'zh-CN': '文件有 {size} 字节，超过上限 {max} 字节' },
  'yaml-syntax': { en: 'YAML syntax error: {detail}', 'zh-CN': 'YAML 语法错误：{detail}' },
  'duplicate-key': { en: 'the key “{key}” appears twice here', 'zh-CN': '键“{key}”在此处出现了两次' },
  'alias-limit': { en: 'too many YAML aliases (more than {max}); the file may be an alias bomb', 'zh-CN': 'YAML 别名过多（超过 {max} 个），文件可能是“别名炸弹”' },
  'not-a-mapping': { en: 'a scenario file must be a mapping of fields (id, title, steps, …)', 'zh-CN': '场景文件必须是字段的映射（id、title、steps 等）' },
  'format-version': { en: 'format version {found} is not supported: this app reads format versions {min} to {max}', 'zh-CN': '不支持格式版本 {found}：本应用只能读取格式版本 {min} 到 {max}' },
  'unknown-field': { en: 'unknown field “{field}” (check its spelling and indentation)', 'zh-CN': '未知字段“{field}”（请检查拼写和缩进）' },
  'missing-field': { en: 'the field “{field}” is required', 'zh-CN': '缺少必填字段“{field}”' },
  'missing-translation': { en: 'missing translation: add the {locale} text', 'zh-CN': '缺少翻译：请补上 {locale} 文本' },
  'wrong-type': { en: 'expected {expected} but found {received}', 'zh-CN': '应为 {expected}，实际为 {received}' },
  'empty-text': { en: 'this text is empty', 'zh-CN': '此文本为空' },
  'too-few': { en: 'needs at least {min} entries', 'zh-CN': '至少需要 {min} 项' },
  'too-long': { en: 'too long (at most {max})', 'zh-CN': '过长（最多 {max}）' },
  'bad-name': { en: '“{value}” is not a valid name: use letters, digits and _ (ids may also use -), starting with a letter or _', 'zh-CN': '“{value}”不是有效名称：请使用字母、数字和 _（id 还可以用 -），并以字母或 _ 开头' },
  'not-integer': { en: 'must be a whole number', 'zh-CN': '必须是整数' },
  'too-small': { en: 'must be at least {min}', 'zh-CN': '不能小于 {min}' },
  'not-positive': { en: 'must be greater than 0', 'zh-CN': '必须大于 0' },
  'too-large': { en: 'must be at most {max}', 'zh-CN': '不能大于 {max}' },
  'not-one-of': { en: 'must be one of {expected}, found {received}', 'zh-CN': '必须是 {expected} 之一，实际为 {received}' },
  invalid: { en: 'invalid value: {detail}', 'zh-CN': '无效的值：{detail}' },
  'duplicate-id': { en: 'the id “{id}” is used twice', 'zh-CN': 'id“{id}”被使用了两次' },
  'duplicate-name': { en: 'the name “{name}” is declared twice (parameters, state, metrics and estimate steps share one set of names)', 'zh-CN': '名称“{name}”重复声明（参数、状态、指标和估算步骤共用一套名称）' },
  'missing-step': { en: 'goes to step “{target}”, which does not exist', 'zh-CN': '跳转到不存在的步骤“{target}”' },
  'unreachable-step': { en: 'step “{id}” can never be reached from the first step', 'zh-CN': '从第一步永远无法到达步骤“{id}”' },
  'no-way-out': { en: 'from step “{id}” no debrief can be reached: a loop with no way out', 'zh-CN': '从步骤“{id}”无法到达任何复盘步骤：这是一个出不去的循环' },
  'last-step-needs-next': { en: 'step “{id}” is last but is not a debrief: add `next:` or a debrief step', 'zh-CN': '步骤“{id}”位于最后但不是复盘：请添加 `next:` 或一个复盘步骤' },
  'debrief-has-next': { en: 'a debrief ends the case and cannot have `next:`', 'zh-CN': '复盘步骤是案例的终点，不能有 `next:`' },
  'no-debrief': { en: 'the case needs a debrief step', 'zh-CN': '案例需要一个复盘（debrief）步骤' },
  'no-fallback-transition': { en: 'the last entry of `next:` must have no `when:`, so there is always a way on', 'zh-CN': '`next:` 的最后一项不能带 `when:`，以保证总有出路' },
  'min-above-max': { en: 'min ({min}) is greater than max ({max})', 'zh-CN': '最小值（{min}）大于最大值（{max}）' },
  'default-out-of-range': { en: 'the default {value} is outside {min}..{max}', 'zh-CN': '默认值 {value} 不在 {min}..{max} 范围内' },
  'preset-unknown-param': { en: 'the preset sets “{name}”, which is not a parameter', 'zh-CN': '预设设置了“{name}”，但它不是参数' },
  'value-out-of-range': { en: '{value} is outside {min}..{max} for “{name}”', 'zh-CN': '“{name}”的值 {value} 不在 {min}..{max} 范围内' },
  'unknown-model': { en: 'unknown model “{type}”; the built-in models are: {known}', 'zh-CN': '未知模型“{type}”；内置模型有：{known}' },
  'unknown-model-setting': { en: 'the model “{type}” has no setting “{name}”', 'zh-CN': '模型“{type}”没有设置项“{name}”' },
  'no-model': { en: 'charts of model series need a `model:`', 'zh-CN': '使用模型数据的图表需要先声明 `model:`' },
  'unknown-series': { en: 'the model has no series “{name}”; it has: {known}', 'zh-CN': '模型没有数据系列“{name}”；可用的有：{known}' },
  'series-kind-mismatch': { en: 'a {chart} chart cannot draw the series “{name}” (it is {kind} data)', 'zh-CN': '{chart} 图表无法绘制数据系列“{name}”（它是 {kind} 类型）' },
  'chart-needs-source': { en: 'a chart needs either `series:` or `metrics:`', 'zh-CN': '图表需要 `series:` 或 `metrics:` 之一' },
  'unknown-chart': { en: 'no chart with the id “{id}”', 'zh-CN': '没有 id 为“{id}”的图表' },
  'unknown-metric': { en: 'no metric called “{name}”', 'zh-CN': '没有名为“{name}”的指标' },
  'unknown-param': { en: 'no parameter called “{name}”', 'zh-CN': '没有名为“{name}”的参数' },
  'hidden-param-in-sandbox': { en: '“{name}” is a hidden parameter: a sandbox step cannot offer it (learners see it in the debrief)', 'zh-CN': '“{name}”是隐藏参数：沙盘步骤不能把它交给学生调节（复盘时才会揭晓）' },
  'hidden-param-as-metric': { en: 'the metric “{metric}” is just the hidden parameter “{name}” and would show it to learners: the debrief reveals hidden values by itself', 'zh-CN': '指标“{metric}”就是隐藏参数“{name}”本身，会把它直接显示给学生；复盘会自动揭晓隐藏参数' },
  'unknown-option': { en: 'no option with the id “{id}”', 'zh-CN': '没有 id 为“{id}”的选项' },
  'single-default-list': { en: 'a single choice takes one default option, not a list', 'zh-CN': '单选题只能有一个默认选项，不能是列表' },
  'shares-sum': { en: 'the shares add up to {sum}, not 1', 'zh-CN': '各份额之和为 {sum}，而不是 1' },
  'effect-not-state': { en: '“{name}” is not a state variable: effects can only change names declared under `state:`', 'zh-CN': '“{name}”不是状态变量：效果只能修改 `state:` 下声明的名称' },
  'bands-order': { en: 'list bands from the highest `min` to the lowest', 'zh-CN': '请按 `min` 从高到低排列各档' },
  'bands-cover': { en: 'the last band must start at 0 or below, so every score gets feedback', 'zh-CN': '最后一档必须从 0 或更低开始，确保每个分数都有反馈' },
  'grades-order': { en: 'list grades from the highest `min` to the lowest; the last must start at 0 or below', 'zh-CN': '请按 `min` 从高到低排列等级，最后一档必须从 0 或更低开始' },
  'reserved-name': { en: '“{name}” is a word of the formula language and cannot name a value; choose another name', 'zh-CN': '“{name}”是公式语言的保留字，不能用作名称；请换一个名称' },
  'effect-uses-result': { en: 'an effect cannot use “{name}”: effects are worked out before the model and the metrics', 'zh-CN': '效果不能使用“{name}”：效果在模型和指标之前计算' },
  'unknown-step-setting': { en: 'the model setting “{name}” names step “{id}”, which does not exist', 'zh-CN': '模型设置“{name}”指向不存在的步骤“{id}”' },
  'metrics-chart-kind': { en: 'a chart of metrics is drawn as bars: use kind `bar`', 'zh-CN': '由指标组成的图表只能画成柱状图：请使用 `bar`' },
  'later-metric': { en: 'the metric “{name}” is declared later: a metric can only use metrics above it', 'zh-CN': '指标“{name}”在后面才声明：指标只能引用排在它前面的指标' },
  'not-choice-step': { en: 'accuracy() needs a choice step; “{id}” is not one', 'zh-CN': 'accuracy() 需要一个选择题步骤；“{id}”不是' },
  ...SIMULATION_TEMPLATES,
} satisfies Templates;

/** Every code a scenario issue may carry: one with a template above, or a formula problem. */
export type ScenarioIssueCode = keyof typeof TEMPLATES | 'formula';

/** The message for one issue in `locale`. Formula problems use the formula language's own messages. */
export function scenarioMessage(issue: ScenarioIssue, locale: Locale): string {
  if (issue.code === 'formula') {
    const { formulaCode, index, ...params } = issue.params;
    const code = FormulaErrorCodeValues.find((c) => c === formulaCode);
    return code ? formulaMessage({ code, index: Number(index ?? 0), params }, locale) : String(formulaCode);
  }
  return interpolate(TEMPLATES[issue.code][locale], issue.params);
}
