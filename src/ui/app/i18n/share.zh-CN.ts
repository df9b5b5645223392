// share 区域的中文界面文字；与 share.en.ts 的键一一对应。
import type { shareEn } from './share.en.ts';

export const shareZhCN: Record<keyof typeof shareEn, string> = {
};
