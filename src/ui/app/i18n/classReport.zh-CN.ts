// classReport 区域的中文界面文字；与 classReport.en.ts 的键一一对应。
import type { classReportEn } from './classReport.en.ts';

export const classReportZhCN: Record<keyof typeof classReportEn, string> = {
};
