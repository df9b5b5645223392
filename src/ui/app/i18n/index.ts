// All UI strings, merged from one pair of files per area so that areas can grow
// independently. Keys are namespaced by area ('player.next', 'charts.table', …).
import { appEn } from './app.en.ts';
import { appZhCN } from './app.zh-CN.ts';
import { playerEn } from './player.en.ts';
import { playerZhCN } from './player.zh-CN.ts';
import { sandboxEn } from './sandbox.en.ts';
import { sandboxZhCN } from './sandbox.zh-CN.ts';
import { chartsEn } from './charts.en.ts';
import { chartsZhCN } from './charts.zh-CN.ts';
import { storeEn } from './store.en.ts';
import { storeZhCN } from './store.zh-CN.ts';
import { progressEn } from './progress.en.ts';
import { progressZhCN } from './progress.zh-CN.ts';
import { authorEn } from './author.en.ts';
import { authorZhCN } from './author.zh-CN.ts';
import { shareEn } from './share.en.ts';
import { shareZhCN } from './share.zh-CN.ts';
import { classReportEn } from './classReport.en.ts';
import { classReportZhCN } from './classReport.zh-CN.ts';
import { simulatorEn } from './simulator.en.ts';
import { simulatorZhCN } from './simulator.zh-CN.ts';
import { customerLabEn } from './customerLab.en.ts';
import { customerLabZhCN } from './customerLab.zh-CN.ts';

/** Each area's pair, so a test can compare them one by one. */
export const MESSAGE_AREAS = {
  app: { en: appEn, 'zh-CN': appZhCN },
  player: { en: playerEn, 'zh-CN': playerZhCN },
  sandbox: { en: sandboxEn, 'zh-CN': sandboxZhCN },
  charts: { en: chartsEn, 'zh-CN': chartsZhCN },
  store: { en: storeEn, 'zh-CN': storeZhCN },
  progress: { en: progressEn, 'zh-CN': progressZhCN },
  author: { en: authorEn, 'zh-CN': authorZhCN },
  share: { en: shareEn, 'zh-CN': shareZhCN },
  classReport: { en: classReportEn, 'zh-CN': classReportZhCN },
  simulator: { en: simulatorEn, 'zh-CN': simulatorZhCN },
  customerLab: { en: customerLabEn, 'zh-CN': customerLabZhCN },
} as const;

export const en = {
  ...appEn, ...playerEn, ...sandboxEn, ...chartsEn, ...storeEn, ...progressEn, ...authorEn, ...shareEn, ...classReportEn, ...simulatorEn, ...customerLabEn,
};
export type MessageKey = keyof typeof en;
export const zhCN: Record<MessageKey, string> = {
  ...appZhCN, ...playerZhCN, ...sandboxZhCN, ...chartsZhCN, ...storeZhCN, ...progressZhCN, ...authorZhCN, ...shareZhCN, ...classReportZhCN, ...simulatorZhCN, ...customerLabZhCN,
};
