// simulator 区域（反馈判断、复盘各部分、沙盒布局、首页进度、课程分段）的中文界面文字；与 simulator.en.ts 的键一一对应。
import type { simulatorEn } from './simulator.en.ts';

export const simulatorZhCN: Record<keyof typeof simulatorEn, string> = {
  'sim.judgement.right': '你的判断：对',
  'sim.judgement.wrong': '你的判断：错',
};
