// English UI strings of the store area; the zh-CN twin is store.zh-CN.ts.
export const storeEn = {
} as const;
