// The route table. Each page is its own chunk, loaded when first visited, so the first
// page a student opens stays small. Add a page here and nowhere else.
import type { Component } from 'svelte';
import type { Route } from './router.svelte.ts';

export type RouteComponent = Component<{ route: Route }>;
type Loader = () => Promise<{ default: RouteComponent }>;

export const ROUTES: Record<string, Loader> = {
  '': () => import('../home/HomePage.svelte'),
  lesson: () => import('../home/LessonPage.svelte'),
  play: () => import('../player/PlayPage.svelte'),
  sandbox: () => import('../sandbox/SandboxPage.svelte'),
  progress: () => import('../progress/ProgressPage.svelte'),
  class: () => import('../classReport/ClassReportPage.svelte'),
  author: () => import('../author/AuthorPage.svelte'),
  shared: () => import('../share/SharedPage.svelte'),
  lab: () => import('../customerLab/LabPage.svelte'),
};

export const loadNotFound: Loader = () => import('./NotFound.svelte');
