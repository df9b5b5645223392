// English UI strings of the share area; the zh-CN twin is share.zh-CN.ts.
export const shareEn = {
} as const;
