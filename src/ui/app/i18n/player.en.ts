// English UI strings of the player area; the zh-CN twin is player.zh-CN.ts.
export const playerEn = {
} as const;
