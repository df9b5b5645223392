// English UI strings of the author area; the zh-CN twin is author.zh-CN.ts.
export const authorEn = {
} as const;
