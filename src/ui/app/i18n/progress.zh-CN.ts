// progress 区域的中文界面文字；与 progress.en.ts 的键一一对应。
import type { progressEn } from './progress.en.ts';

export const progressZhCN: Record<keyof typeof progressEn, string> = {
};
