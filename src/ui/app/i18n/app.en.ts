// English UI strings of the app shell and home page. Every area of the UI has a pair of
// files like this (AREA.en.ts, AREA.zh-CN.ts); test/unit/i18n.test.ts checks they match.
export const appEn = {
  'app.name': 'Loyalty Lab',
  'app.tagline': 'Learn customer relationships by running the cases',
  'app.skip': 'Skip to content',
  'app.language': 'Language',
  'app.nav': 'Main',
  'app.nav.home': 'Cases',
  'app.nav.progress': 'My progress',
  'app.nav.author': 'Write a case',
  'app.nav.class': 'Class report',
  'app.loading': 'Loading…',
  'app.loadFailed': 'This page could not be loaded: {message}',
  'app.offlineReady': 'Loyalty Lab now works offline.',
  'home.title': 'Cases and lessons',
  'home.intro':
    'Work through real cases in customer-relationship management: make the decisions, watch the numbers move, and read a debrief scored on value, relationship, ethics and insight.',
  'home.scenarios': 'Cases',
  'home.lessons': 'Lessons',
  'home.play': 'Play',
  'home.sandbox': 'What-if sandbox',
  'home.readLesson': 'Read',
  'home.noScenarios': 'No cases yet: add a file to scenarios/.',
  'home.noLessons': 'No lessons yet: add a folder to lessons/.',
  'home.lessonCases': 'Cases in this lesson',
  'home.continue.title': 'Continue where you left off',
  'home.continue.step': 'Step {number}: {step}',
  'home.continue.when': '(last played {date})',
  'home.continue.action': 'Continue',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at “{path}”.',
  'notFound.home': 'Back to the cases',
  'lesson.notFound': 'No lesson called “{id}”.',
  'scenario.notFound': 'No case called “{id}”.',
} as const;


