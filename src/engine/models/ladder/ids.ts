// The ladder model's fixed vocabulary: rungs, budget levers and loyalty types, with their
// names in both languages so charts and scenarios label them the same way everywhere.
import type { Localized } from '../../locale.ts';

/** The six-step ladder of seed 000 plus `lost`, bottom to top, then lost. */
export const RungValues = ['potential', 'target', 'first', 'repeat', 'core', 'advocate', 'lost'] as const;
export type Rung = (typeof RungValues)[number];

/** Rungs whose people buy each quarter (they bring revenue and carry a loyalty type). */
export const BuyingRungValues = ['first', 'repeat', 'core', 'advocate'] as const;
export type BuyingRung = (typeof BuyingRungValues)[number];

/** The option ids of the allocate step: five strategies of seed 000 plus reaching new people. */
export const LeverValues = ['attract', 'needs', 'rewards', 'club', 'switching', 'employees'] as const;
export type Lever = (typeof LeverValues)[number];

/** Dick & Basu's four types, in the quadrant order of PointSeries (x = attachment, y = repeat). */
export const LoyaltyTypeValues = ['none', 'latent', 'spurious', 'true'] as const;
export type LoyaltyType = (typeof LoyaltyTypeValues)[number];

export const rungLabels: Record<Rung, Localized> = {
  potential: { 'zh-CN': '潜在客户', en: 'Potential' },
  target: { 'zh-CN': '目标客户', en: 'Target' },
  first: { 'zh-CN': '首次消费客户', en: 'First purchase' },
  repeat: { 'zh-CN': '重复消费客户', en: 'Repeat' },
  core: { 'zh-CN': '铁杆客户', en: 'Core (die-hard)' },
  advocate: { 'zh-CN': '宣传客户', en: 'Advocate' },
  lost: { 'zh-CN': '流失客户', en: 'Lost' },
};

export const loyaltyTypeLabels: Record<LoyaltyType, Localized> = {
  none: { 'zh-CN': '无忠诚', en: 'No loyalty' },
  latent: { 'zh-CN': '潜在忠诚', en: 'Latent loyalty' },
  spurious: { 'zh-CN': '虚假忠诚', en: 'Spurious loyalty' },
  true: { 'zh-CN': '真正忠诚', en: 'True loyalty' },
};

export const peopleUnit: Localized = { 'zh-CN': '人', en: 'people' };
export const yuanUnit: Localized = { 'zh-CN': '元', en: 'yuan' };
export const quarterLabel: Localized = { 'zh-CN': '季度', en: 'Quarter' };
