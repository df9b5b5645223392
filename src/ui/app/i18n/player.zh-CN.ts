// player 区域的中文界面文字；与 player.en.ts 的键一一对应。
import type { playerEn } from './player.en.ts';

export const playerZhCN: Record<keyof typeof playerEn, string> = {
};
