// sandbox 区域的中文界面文字；与 sandbox.en.ts 的键一一对应。
import type { sandboxEn } from './sandbox.en.ts';

export const sandboxZhCN: Record<keyof typeof sandboxEn, string> = {
};
