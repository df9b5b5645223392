// Why Next is not available yet on a step, as a message key: shown beside the disabled
// button so nobody is left guessing.
import type { SessionView } from '../../engine/machine/view.ts';
import type { MessageKey } from '../app/i18n.svelte.ts';

export function nextHintKey({ step, isRoundOpen, forward }: Pick<SessionView, 'step' | 'isRoundOpen' | 'forward'>): MessageKey | null {
  switch (step.kind) {
    case 'choice':
      return 'player.next.needChoice';
    case 'estimate':
      return 'player.next.needEstimate';
    case 'allocate':
      if (isRoundOpen) return 'player.next.needAllocation';
      return forward === 'round' ? 'player.next.needRounds' : null;
    default:
      return 'player.next.blocked';
  }
}
