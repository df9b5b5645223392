// The storage notice: silent while progress is saved to disk; in both languages when it is
// kept only in memory, when the open was blocked, or when writes fail and are retried.
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, expect, it } from 'vitest';
import { StorageStatus } from '../../../src/store/storageStatus.svelte.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import StorageNotice from '../../../src/ui/progress/StorageNotice.svelte';

afterEach(() => i18n.setLocale('en'));

const cases = [
  { name: 'saved to disk', mode: 'indexeddb', error: null, en: '', zh: '' },
  { name: 'persistent', mode: 'persistent', error: null, en: '', zh: '' },
  { name: 'memory only', mode: 'memory', error: 'open-failed', en: /kept only in this tab/, zh: /只保存在当前标签页中/ },
  { name: 'blocked by an old tab', mode: 'memory', error: 'open-blocked', en: /open in another tab/, zh: /另一个标签页/ },
  { name: 'disk full', mode: 'indexeddb', error: 'quota-exceeded', en: /out of storage space/, zh: /存储空间已满/ },
  { name: 'a failed write', mode: 'persistent', error: 'write-failed', en: /Saving failed for a moment/, zh: /保存暂时失败/ },
] as const;

it.each(cases)('$name', ({ mode, error, en, zh }) => {
  const status = new StorageStatus();
  status.mode = mode;
  if (error) status.report(error, new Error('test'));
  i18n.setLocale('en');
  render(StorageNotice, { props: { status } });
  const region = screen.getByRole('status');
  expect(region).toHaveAttribute('aria-live', 'polite');
  if (en === '') expect(region).toHaveTextContent(/^$/);
  else expect(region).toHaveTextContent(en);
  i18n.setLocale('zh-CN');
  flushSync();
  if (zh === '') expect(region).toHaveTextContent(/^$/);
  else expect(region).toHaveTextContent(zh);
});

it('clears itself once a retried write succeeds', () => {
  const status = new StorageStatus();
  status.report('quota-exceeded', new Error('full'));
  render(StorageNotice, { props: { status } });
  expect(screen.getByRole('status')).toHaveTextContent(/out of storage space/);
  status.clearError();
  flushSync();
  expect(screen.getByRole('status')).toHaveTextContent(/^$/);
});
