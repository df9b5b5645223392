// The switching model's variables: the vanity-number base, the retention budget, Mr. Yang's
// penalty, portability, rivals, the horizon, and the illustrative contract and regulator settings.
import type { ModelVariable } from '../types.ts';
import type { VariableValues } from '../readVariables.ts';

export const switchingVariables = [
  { name: 'baseCustomers', default: 10000, min: 100, max: 1000000, label: { en: 'Vanity-number customers', 'zh-CN': '靓号客户数' } },
  { name: 'monthlySpend', default: 299, min: 0, max: 2000, label: { en: 'Monthly spend per customer (yuan)', 'zh-CN': '每位客户月消费（元）' } },
  { name: 'retentionBudget', default: 300000, min: 0, max: 5000000, label: { en: 'Retention budget per month (yuan)', 'zh-CN': '每月客户挽留预算（元）' } },
  { name: 'yangPenalty', default: 18388.5, min: 0, max: 100000, label: { en: 'Penalty demanded of Mr. Yang (yuan)', 'zh-CN': '要求杨先生支付的违约金（元）' } },
  { name: 'portabilityStrength', default: 0.7, min: 0, max: 1, label: { en: 'How much portability cuts time/effort costs', 'zh-CN': '携号转网降低时间和精力成本的程度' } },
  { name: 'rivalOffer', default: 0.3, min: 0, max: 1, label: { en: 'Attractiveness of rivals’ offers', 'zh-CN': '竞争对手优惠的吸引力' } },
  { name: 'months', default: 36, min: 1, max: 36, label: { en: 'Months simulated after portability', 'zh-CN': '携号转网后模拟的月数' } },
  { name: 'contractMonths', default: 24, min: 1, max: 60, label: { en: 'Month the existing minimum-term agreements run out', 'zh-CN': '现有在网期限协议到期的月份' } },
  { name: 'regulatorThreshold', default: 80, min: 10, max: 1000, label: { en: 'Complaints in three months (per 10,000) that bring the regulator', 'zh-CN': '引来监管的三个月投诉量（每万名客户）' } },
  { name: 'regulatorFine', default: 1000000, min: 0, max: 50000000, label: { en: 'Fine for obstruction at full breach (yuan)', 'zh-CN': '完全违规时的罚款（元）' } },
] as const satisfies readonly ModelVariable[];

export type SwitchingValues = VariableValues<typeof switchingVariables>;
