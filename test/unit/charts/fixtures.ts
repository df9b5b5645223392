// Small inputs for the layout tests: two-language labels and a margin of 10 on every side,
// so that expected coordinates can be worked out by hand.
import type { Localized } from '../../../src/engine/locale.ts';
import type { Margin } from '../../../src/ui/charts/chartGeometry.ts';

export const M10: Margin = { top: 10, right: 10, bottom: 10, left: 10 };

export const L = (en: string, zh = en): Localized => ({ en, 'zh-CN': zh });
