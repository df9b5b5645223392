// The switching model's variables: the vanity-number base, the retention budget, Mr. Yang's
// penalty, how strongly portability cuts time/effort costs and how attractive rivals are.
import type { ModelVariable } from '../types.ts';
import type { VariableValues } from '../readVariables.ts';

export const switchingVariables = [
  { name: 'baseCustomers', default: 10000, min: 100, max: 1000000, label: { en: 'Vanity-number customers', 'zh-CN': '靓号客户数' } },
  { name: 'monthlySpend', default: 299, min: 0, max: 2000, label: { en: 'Monthly spend per customer (yuan)', 'zh-CN': '每位客户月消费（元）' } },
  { name: 'retentionBudget', default: 300000, min: 0, max: 5000000, label: { en: 'Retention budget per month (yuan)', 'zh-CN': '每月客户保留预算（元）' } },
  { name: 'yangPenalty', default: 18388.5, min: 0, max: 100000, label: { en: 'Penalty demanded of Mr. Yang (yuan)', 'zh-CN': '向杨先生索要的违约金（元）' } },
  { name: 'portabilityStrength', default: 0.7, min: 0, max: 1, label: { en: 'How much portability cuts time/effort costs', 'zh-CN': '携号转网降低时间精力成本的程度' } },
  { name: 'rivalOffer', default: 0.3, min: 0, max: 1, label: { en: 'Attractiveness of rivals’ offers', 'zh-CN': '竞争对手优惠的吸引力' } },
  { name: 'months', default: 12, min: 1, max: 36, label: { en: 'Months simulated after portability', 'zh-CN': '携号转网后模拟的月数' } },
  { name: 'procedureMonths', default: 4, min: 0, max: 12, label: { en: 'Months until added procedures are stopped', 'zh-CN': '新增手续被叫停前的月数' } },
] as const satisfies readonly ModelVariable[];

export type SwitchingValues = VariableValues<typeof switchingVariables>;
