// English UI strings of the classReport area; the zh-CN twin is classReport.zh-CN.ts.
export const classReportEn = {
} as const;
