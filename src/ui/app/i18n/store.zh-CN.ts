// store 区域的中文界面文字；与 store.en.ts 的键一一对应。
import type { storeEn } from './store.en.ts';

export const storeZhCN: Record<keyof typeof storeEn, string> = {
};
