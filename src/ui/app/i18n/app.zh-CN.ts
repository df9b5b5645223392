// 中文界面文字。键与 en.ts 一致，缺一个测试就会失败。
import type { appEn } from './app.en.ts';

export const appZhCN: Record<keyof typeof appEn, string> = {
  'app.name': '客户忠诚实验室',
  'app.tagline': '在案例中学习客户关系管理',
  'app.skip': '跳到正文',
  'app.language': '语言',
  'app.nav': '主导航',
  'app.nav.home': '案例',
  'app.nav.progress': '我的进度',
  'app.nav.author': '编写案例',
  'app.nav.class': '班级报告',
  'app.loading': '加载中…',
  'app.loadFailed': '页面加载失败：{message}',
  'app.offlineReady': '客户忠诚实验室现在可以离线使用。',
  'home.title': '案例与课程',
  'home.intro':
    '通过真实案例学习客户关系管理：亲自做决策，看数字如何变化，并获得从价值、关系、伦理和洞察四个维度评分的复盘。',
  'home.scenarios': '案例',
  'home.lessons': '课程',
  'home.play': '开始',
  'home.sandbox': '假设沙盘',
  'home.readLesson': '阅读',
  'home.noScenarios': '还没有案例：请在 scenarios/ 中添加文件。',
  'home.noLessons': '还没有课程：请在 lessons/ 中添加文件夹。',
  'home.lessonCases': '本课案例',
  'notFound.title': '找不到页面',
  'notFound.body': '“{path}” 下没有内容。',
  'notFound.home': '返回案例列表',
  'lesson.notFound': '没有名为“{id}”的课程。',
  'scenario.notFound': '没有名为“{id}”的案例。',
};
