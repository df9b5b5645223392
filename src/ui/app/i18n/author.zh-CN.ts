// author 区域的中文界面文字；与 author.en.ts 的键一一对应。
import type { authorEn } from './author.en.ts';

export const authorZhCN: Record<keyof typeof authorEn, string> = {
};
