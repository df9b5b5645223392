// Every coefficient of the ladder model as a named variable (the sandbox makes each a slider).
// Apart from population, rounds and budget, all defaults are illustrative: see docs/model/ladder.md.
import type { Localized } from '../../locale.ts';
import type { ModelVariable } from '../types.ts';

type Row = readonly [name: string, value: number, min: number, max: number, zh: string, en: string];

// One row per variable keeps the list readable; order is the order the sandbox shows.
const rows = [
  ['startPopulation', 10000, 100, 1000000, '初始潜在客户数', 'Starting potential customers'],
  ['rounds', 8, 1, 20, '季度数', 'Quarters to play'],
  ['shockRound', 6, 1, 20, '竞争对手可能开店的季度', 'Quarter a rival may open next door'],
  ['shockChance', 0.5, 0, 1, '竞争对手开店的概率', 'Chance that the rival opens'],
  ['budget', 50000, 0, 1000000, '每季度预算（元）', 'Budget per quarter (yuan)'],
  ['spendFirst', 60, 0, 2000, '首次消费客户季度消费（元）', 'Spend per first-time buyer per quarter (yuan)'],
  ['spendRepeat', 150, 0, 2000, '重复消费客户季度消费（元）', 'Spend per repeat customer per quarter (yuan)'],
  ['spendCore', 300, 0, 2000, '铁杆客户季度消费（元）', 'Spend per core customer per quarter (yuan)'],
  ['spendAdvocate', 330, 0, 2000, '宣传客户季度消费（元）', 'Spend per advocate per quarter (yuan)'],
  ['repeatSpendLift', 1, 0, 2, '重复购买对消费额的拉动', 'How much repeat purchase lifts spend'],
  ['attractScale', 25000, 1000, 500000, '吸引潜在客户的投入规模（元）', 'Spend scale of attract (yuan)'],
  ['needsScale', 15000, 1000, 500000, '满足需求的投入规模（元）', 'Spend scale of meet needs (yuan)'],
  ['rewardsScale', 15000, 1000, 500000, '奖励忠诚客户的投入规模（元）', 'Spend scale of rewards (yuan)'],
  ['clubScale', 15000, 1000, 500000, '客户组织的投入规模（元）', 'Spend scale of the club (yuan)'],
  ['switchingScale', 15000, 1000, 500000, '合约锁定的投入规模（元）', 'Spend scale of contract lock-in (yuan)'],
  ['bondsScale', 30000, 1000, 500000, '结构性纽带的投入规模（元）', 'Spend scale of value-adding bonds (yuan)'],
  ['employeesScale', 20000, 1000, 500000, '员工忠诚管理的投入规模（元）', 'Spend scale of employee loyalty (yuan)'],
  ['organicReach', 0.01, 0, 0.5, '自然触达率（每季度）', 'Organic reach per quarter'],
  ['attractReach', 0.3, 0, 1, '吸引投入的最大触达率', 'Extra reach at full attract effect'],
  ['trialRate', 0.25, 0, 1, '目标客户首次购买率', 'First-purchase rate of target customers'],
  ['rewardsTrial', 0.05, 0, 1, '优惠带来的额外首次购买率', 'Extra first purchases from discounts'],
  ['drift', 0.1, 0, 1, '基础下滑率（疏于维护）', 'Base drift down a rung (neglect)'],
  ['churnBase', 0.25, 0, 1, '不重复购买者的流失率', 'Churn rate of customers who do not rebuy'],
  ['climbFirst', 0.8, 0, 1, '首次→重复的最大晋升率', 'Top climb rate first → repeat'],
  ['climbRepeat', 0.8, 0, 1, '重复→铁杆的最大晋升率', 'Top climb rate repeat → core'],
  ['climbCore', 0.5, 0, 1, '铁杆→宣传的最大晋升率', 'Top climb rate core → advocate'],
  ['attachBase', 0.1, 0, 1, '首次消费客户的基础依恋度', 'Base attachment of first-time buyers'],
  ['attachStep', 0.15, 0, 0.3, '每升一级增加的依恋度', 'Attachment added per rung'],
  ['repeatBase', 0.15, 0, 1, '首次消费客户的基础重复购买', 'Base repeat purchase of first-time buyers'],
  ['repeatStep', 0.12, 0, 0.3, '每升一级增加的重复购买', 'Repeat purchase added per rung'],
  ['needsAttach', 0.3, 0, 1, '满足需求对依恋度的最大作用', 'Top attachment from meeting needs'],
  ['clubAttach', 0.2, 0, 1, '客户组织对依恋度的最大作用', 'Top attachment from the club'],
  ['employeesAttach', 0.2, 0, 1, '员工忠诚对依恋度的最大作用', 'Top attachment from employee loyalty'],
  ['attitudeSpeed', 0.5, 0.05, 1, '态度变化速度（每季度）', 'Speed of attitude change per quarter'],
  ['rewardsRepeat', 0.15, 0, 1, '奖励对重复购买的最大作用', 'Top repeat purchase from rewards'],
  ['rewardsSpeed', 0.7, 0.05, 1, '奖励效果的起落速度', 'Speed rewards take and lose effect'],
  ['switchingRepeat', 0.5, 0, 1, '合约锁定对重复购买的最大作用', 'Top repeat purchase from contract lock-in'],
  ['bondsRepeat', 0.2, 0, 1, '结构性纽带对重复购买的最大作用', 'Top repeat purchase from value-adding bonds'],
  ['bondsAttach', 0.1, 0, 1, '结构性纽带对依恋度的最大作用', 'Top attachment from value-adding bonds'],
  ['lockSpeed', 0.5, 0.05, 1, '转移壁垒的建立速度', 'Speed switching barriers build and lapse'],
  ['resentment', 0.4, 0, 1, '被锁定引起的依恋度下降', 'Attachment lost per unit of lock-in'],
  ['habit', 0.6, 0, 1, '依恋度对重复购买的带动', 'Repeat purchase that attachment brings'],
  ['wordOfMouth', 0.3, 0, 1, '每位宣传客户每季度带来的新客户', 'New prospects per advocate per quarter'],
  ['shockStrength', 1, 0, 1, '冲击强度', 'Shock strength'],
  ['rivalPull', 0.5, 0, 1, '竞争者吸走无依恋客户的比例', 'Share of unattached buyers the rival takes'],
  ['attachedShockShare', 0.1, 0, 1, '有依恋客户受冲击的相对程度', 'How much of that pull attached buyers feel'],
  ['typeSpread', 0.1, 0.01, 0.5, '群体内个体差异（类型划分）', 'Spread of individuals around a rung mean'],
  // Not a coefficient: which quarter the flow chart shows (0 = the last one played).
  ['flowQuarter', 0, 0, 20, '流动图显示的季度（0 表示最后一个季度）', 'Quarter the flow chart shows (0 = the last one)'],
] as const satisfies readonly Row[];

export type LadderVariableName = (typeof rows)[number][0];
export type LadderParams = Record<LadderVariableName, number>;

export const ladderVariables: readonly ModelVariable[] = rows.map(([name, value, min, max, zh, en]) => ({
  name,
  default: value,
  min,
  max,
  label: { 'zh-CN': zh, en } satisfies Localized,
}));

/** The model's parameters from `vars`: a missing or non-finite value takes the default; out of range is clamped. */
export function readLadderParams(vars: Record<string, number>): LadderParams {
  const params = {} as LadderParams;
  for (const [name, value, min, max] of rows) {
    const given = vars[name];
    const raw = typeof given === 'number' && Number.isFinite(given) ? given : value;
    params[name] = Math.min(max, Math.max(min, raw));
  }
  // Whole numbers where a fraction has no meaning.
  params.rounds = Math.round(params.rounds);
  params.shockRound = Math.round(params.shockRound);
  params.flowQuarter = Math.round(params.flowQuarter);
  return params;
}
