// Keyboard-only driving for e2e specs: reach a control with Tab (or Shift+Tab when it lies
// behind the focus), then press keys on it — the way a keyboard user would.
import type { Locator, Page } from 'playwright-core';

/** Tabs forwards or backwards until `target` has the focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    const where = await target.evaluate((el) =>
      el === document.activeElement ? 'here' : document.activeElement && el.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING ? 'back' : 'forward',
    );
    if (where === 'here') return;
    await page.keyboard.press(where === 'back' ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Tabs to `target`, then presses `key` `times` times. */
export async function pressOn(page: Page, target: Locator, key: string, times = 1): Promise<void> {
  await tabTo(page, target);
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}
