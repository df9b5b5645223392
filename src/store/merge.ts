// The merge rule for imported attempts, shared by every back end so they agree: a new id
// is added; for an id already here, the copy with the later updatedAt wins, except that a
// finished attempt is never replaced by an unfinished one.
import type { Attempt } from './types.ts';
import type { MergeCounts } from './store.ts';

export interface MergePlan extends MergeCounts {
  /** The records to write; everything else stays as it is. */
  puts: Attempt[];
}

export function planMerge(
  existingById: ReadonlyMap<string, Attempt>,
  incoming: readonly Attempt[],
): MergePlan {
  const plan: MergePlan = { puts: [], added: 0, updated: 0, unchanged: 0 };
  for (const attempt of incoming) {
    const current = existingById.get(attempt.id);
    if (!current) {
      plan.added += 1;
      plan.puts.push(attempt);
    } else if (current.status === 'finished' && attempt.status !== 'finished') {
      // A finished attempt and its score are never lost to a merge, however recent the copy.
      plan.unchanged += 1;
    } else if (Date.parse(attempt.updatedAt) > Date.parse(current.updatedAt)) {
      plan.updated += 1;
      plan.puts.push(attempt);
    } else {
      // Same or older: ours is at least as recent, so the file adds nothing.
      plan.unchanged += 1;
    }
  }
  return plan;
}
