// Why Next is not available yet on a step, as a message key: shown beside the disabled
// button so nobody is left guessing.
import type { Step } from '../../engine/scenario/schema.ts';
import type { MessageKey } from '../app/i18n.svelte.ts';

export function nextHintKey(step: Step, isRoundOpen: boolean, roundsPlayed: number, rounds: number): MessageKey | null {
  switch (step.kind) {
    case 'choice':
      return 'player.next.needChoice';
    case 'estimate':
      return 'player.next.needEstimate';
    case 'allocate':
      if (isRoundOpen) return 'player.next.needAllocation';
      return roundsPlayed < rounds ? 'player.next.needRounds' : null;
    default:
      return 'player.next.blocked';
  }
}
