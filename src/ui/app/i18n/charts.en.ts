// English UI strings of the charts area; the zh-CN twin is charts.zh-CN.ts.
export const chartsEn = {
} as const;
