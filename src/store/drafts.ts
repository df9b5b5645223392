// Teacher drafts: scenario YAML being written in the browser. The authoring pages use
// these; the progress page does not show them.
import type { RepositoryContext } from './attempts.ts';
import { deleteOp, putOp, type ProgressStore } from './store.ts';
import type { Draft } from './types.ts';

export interface SaveDraftInput {
  /** Omit to create a new draft. */
  id?: string;
  title: string;
  text: string;
}

export async function saveDraft(ctx: RepositoryContext, input: SaveDraftInput): Promise<Draft> {
  const nowIso = ctx.now().toISOString();
  const existing = input.id ? await ctx.store.get('drafts', input.id) : undefined;
  const draft: Draft = {
    id: input.id ?? ctx.newId(),
    title: input.title,
    text: input.text,
    createdAt: existing?.createdAt ?? nowIso,
    updatedAt: nowIso,
  };
  await ctx.store.write([putOp('drafts', draft)]);
  return draft;
}

export function getDraft(store: ProgressStore, id: string): Promise<Draft | undefined> {
  return store.get('drafts', id);
}

/** Most recently edited first. */
export async function listDrafts(store: ProgressStore): Promise<Draft[]> {
  return (await store.list('drafts')).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
}

export async function deleteDraft(store: ProgressStore, id: string): Promise<void> {
  await store.write([deleteOp('drafts', id)]);
}
