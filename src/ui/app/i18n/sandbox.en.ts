// English UI strings of the sandbox area; the zh-CN twin is sandbox.zh-CN.ts.
export const sandboxEn = {
} as const;
