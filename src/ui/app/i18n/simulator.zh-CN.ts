// simulator 区域（反馈判断、复盘各部分、沙盒布局、首页进度、课程分段）的中文界面文字；与 simulator.en.ts 的键一一对应。
import type { simulatorEn } from './simulator.en.ts';

export const simulatorZhCN: Record<keyof typeof simulatorEn, string> = {
  'sim.judgement.right': '你的判断：对',
  'sim.judgement.wrong': '你的判断：错',
  'sim.marker.below': '“{label}”低于所有柱子的区间，所以这条线画在最左边。',
  'sim.marker.above': '“{label}”高于所有柱子的区间，所以这条线画在最右边。',
  'sim.lesson.afterDebriefSummary': '计算过程（做完案例后再打开）',
  'sim.lesson.afterDebriefHidden': '这一课中的计算过程会在复盘时打开，以免提前透露答案。',
  'sim.debrief.story': '发生了什么，为什么',
  'sim.debrief.estimate': '你的估计和结果对比',
  'sim.debrief.rules': '分数是怎样算出来的（计分规则）',
  'sim.estimate.yours': '你的估计是 {value}。',
  'sim.estimate.range': '模型的结果在 {low} 到 {high} 之间。',
  'sim.estimate.value': '模型的结果是 {value}。',
  'sim.estimate.inside': '你的估计落在区间之内。',
  'sim.estimate.exact': '你的估计和结果一致。',
  'sim.estimate.below': '你的估计低于结果。',
  'sim.estimate.above': '你的估计高于结果。',
  'sim.estimate.timesLow': '你估低了：结果约为你估计的 {times} 倍。',
  'sim.estimate.timesHigh': '你估高了：你的估计约为结果的 {times} 倍。',
  'sim.estimate.marker': '你的估计：{value}',
  'sim.estimate.chartTitle': '你的估计和结果并排',
  'sim.sandbox.pinnedPick': '固定显示的图表',
  'sim.home.finished': '已完成 {count} 次，最好成绩 {total} / 100（等级 {grade}）',
  'sim.home.resume': '继续上次',
  'sim.home.playAgain': '再玩一次',
};
