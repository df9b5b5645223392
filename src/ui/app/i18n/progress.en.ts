// English UI strings of the progress area; the zh-CN twin is progress.zh-CN.ts.
export const progressEn = {
} as const;
