// The cascade model's variables: Mrs. Smith's spend and horizon, and the word-of-mouth
// chain (told, influenced, retold, lost) with its counting conventions. See docs/model/cascade.md.
import type { ModelVariable } from '../types.ts';
import type { VariableValues } from '../readVariables.ts';

export const cascadeVariables = [
  { name: 'weeklySpend', default: 50, min: 0, max: 1000, label: { en: 'Her spend per week ($)', 'zh-CN': '她每周消费（美元）' } },
  { name: 'weeksPerYear', default: 52, min: 1, max: 52, label: { en: 'Shopping weeks per year', 'zh-CN': '每年购物周数' } },
  { name: 'years', default: 10, min: 1, max: 30, label: { en: 'Years she would have stayed', 'zh-CN': '她本会光顾的年数' } },
  { name: 'toldLow', default: 10, min: 0, max: 100, label: { en: 'People she tells (low end)', 'zh-CN': '她告诉的人数（低端）' } },
  { name: 'toldHigh', default: 20, min: 0, max: 100, label: { en: 'People she tells (high end)', 'zh-CN': '她告诉的人数（高端）' } },
  { name: 'influencedShare', default: 0.5, min: 0, max: 1, label: { en: 'Share of them influenced', 'zh-CN': '其中受影响的比例' } },
  { name: 'retell', default: 5, min: 0, max: 20, label: { en: 'People each influenced person tells', 'zh-CN': '每位受影响者再告诉的人数' } },
  { name: 'lostShare', default: 0.25, min: 0, max: 1, label: { en: 'Share of the affected who stop buying', 'zh-CN': '受影响者中不再光顾的比例' } },
  { name: 'countFirstCircle', default: 1, min: 0, max: 1, label: { en: 'Count the first circle among the affected (1 = yes)', 'zh-CN': '第一圈计入受影响者（1 表示计入）' } },
  { name: 'herselfCounted', default: 0, min: 0, max: 1, label: { en: 'She is one of the people counted (1 = yes)', 'zh-CN': '她本人算在受影响的人里（1 表示算）' } },
  { name: 'includeHerself', default: 1, min: 0, max: 1, label: { en: 'Add her own lost spend (1 = yes)', 'zh-CN': '另外加上她本人的消费损失（1 表示加上）' } },
  { name: 'discountRate', default: 0, min: 0, max: 0.3, label: { en: 'Annual discount rate', 'zh-CN': '年贴现率' } },
  { name: 'roundPeople', default: 0, min: 0, max: 1, label: { en: 'Round lost customers to whole people (1 = yes)', 'zh-CN': '流失人数取整（1 表示取整）' } },
  { name: 'grossMargin', default: 0.25, min: 0, max: 1, label: { en: 'Gross margin on her spending', 'zh-CN': '销售毛利率' } },
] as const satisfies readonly ModelVariable[];

export type CascadeValues = VariableValues<typeof cascadeVariables>;

/** The variables' defaults, as one record (the textbook reading of seed 001). */
export const cascadeDefaults = Object.fromEntries(
  cascadeVariables.map((variable) => [variable.name, variable.default]),
) as CascadeValues;
