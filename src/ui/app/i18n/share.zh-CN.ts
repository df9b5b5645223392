// share 区域的中文界面文字；与 share.en.ts 的键一一对应。
import type { shareEn } from './share.en.ts';

export const shareZhCN: Record<keyof typeof shareEn, string> = {
  'share.heading': '分享',
  'share.intro': '分享链接里装着整个案例：没有服务器保存它，任何拿到链接的人都可以打开试玩。',
  'share.make': '生成分享链接',
  'share.blockedOne': '请先修正上面的问题，再分享案例。',
  'share.blockedMany': '请先修正上面的 {count} 个问题，再分享案例。',
  'share.linkLabel': '分享链接',
  'share.copy': '复制链接',
  'share.copied': '链接已复制。',
  'share.copyFailed': '浏览器阻止了复制：请选中链接后手动复制。',
  'share.open': '打开链接',
  'share.size': '链接长 {size} 个字符（上限 {max}）。',
  'share.stale': '生成链接之后案例又改过了：请重新生成。',
  'share.tooLarge': '这个案例太大，放不进链接：需要 {size} 个字符，上限是 {max}。请下载文件发送给对方，对方可在“编写案例”页面导入。',
  'share.download': '下载文件',
  'share.invalidTitle': '无法打开这个分享链接',
  'share.error.corrupt': '链接已损坏：传送途中有字符被改动。请重新索取链接或案例文件。',
  'share.error.truncated': '链接不完整：它被截断了（聊天软件和邮件有时会截断长链接）。请复制完整的链接，或索取案例文件。',
  'share.error.too-large': '链接超出了本应用能接受的大小（最多 {max} 个字符，展开后最多 1 MB）。',
  'share.error.unknown-version': '这个链接由更新版本的 Loyalty Lab 生成。请刷新页面以更新应用，然后再打开链接。',
  'share.invalidCase': '链接中的案例有 {count} 个问题，无法试玩：',
  'share.notice': '这是分享来的案例：它来自链接，而不是应用自带的。你的结果会像其他案例一样保存在本设备上。',
  'share.collision': '它使用了应用自带案例的 id“{id}”。那个案例保持不变，这个链接打开的是它自己的版本；你的结果会在到达复盘时保存。',
  'share.openSandbox': '以沙盘方式打开',
  'share.home': '返回案例列表',
};
