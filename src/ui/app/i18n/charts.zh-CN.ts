// charts 区域的中文界面文字；与 charts.en.ts 的键一一对应。
import type { chartsEn } from './charts.en.ts';

export const chartsZhCN: Record<keyof typeof chartsEn, string> = {
};
