// store 区域的中文界面文字；与 store.en.ts 的键一一对应。
import type { storeEn } from './store.en.ts';

export const storeZhCN: Record<keyof typeof storeEn, string> = {
  'store.notice.memory':
    '此浏览器不允许“客户忠诚实验室”保存你的进度（可能处于无痕模式或关闭了存储），进度只保存在当前标签页中。关闭标签页前，请在“我的进度”中导出。',
  'store.notice.openBlocked':
    '另一个标签页正在运行旧版本的“客户忠诚实验室”。请关闭其他标签页并刷新本页；在此之前，进度只保存在当前标签页中。',
  'store.notice.quota':
    '浏览器的存储空间已满，最近的操作还没有写入磁盘。它们暂存在当前标签页中，系统会不断重试；请释放一些空间或导出进度。',
  'store.notice.writeFailed': '保存暂时失败。最近的操作暂存在当前标签页中，系统会自动重试。',
  'store.import.done': '已导入：新增 {added} 条，更新 {updated} 条，{unchanged} 条已存在。',
  'store.import.unknownScenarios': '部分记录属于本应用中没有的案例（{ids}），已保留并加以标记。',
  'store.import.failed': '没有导入任何内容：',
  'store.import.tooLarge': '文件超过 {maxMb} MB，不可能是进度文件。',
  'store.import.notJson': '这不是进度文件（不是 JSON 格式）。请选择从“客户忠诚实验室”导出的 .json 文件。',
  'store.import.truncated': '文件不完整，可能在下载或复制时被截断。请重新导出或下载。',
  'store.import.forbiddenKey': '文件中含有不允许的字段（位于 {path}），因此未读取。',
  'store.import.notProgressFile': '此文件不是从“客户忠诚实验室”进度页导出的（可能属于其他应用，或是案例文件）。',
  'store.import.unsupportedVersion':
    '此文件使用第 {version} 版格式；当前版本的“客户忠诚实验室”只能读取第 {supported} 版。请更新应用后重试。',
  'store.import.missingVersion': '此文件没有注明格式版本，因此未读取。“客户忠诚实验室”读取第 {supported} 版的进度文件：请重新导出。',
  'store.import.doesNotReplay': '“{scenario}”的记录 {id} 被拒绝。{reason}',
  'store.import.invalid': '文件中“{path}”处的内容不符合格式。',
  'store.import.scoreOutOfRange': '记录 {id}：得分“{field}”为 {value}，但分数应在 0 到 100 之间。',
  'store.import.duplicateId': '记录 {id} 在文件中出现了不止一次。',
  'store.import.writeFailed': '文件本身没有问题，但此浏览器无法保存它（{message}）。没有做任何更改。',
};
