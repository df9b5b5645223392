// Local preferences, one record per key: the learner's name and class code (they go into
// export files so a teacher knows whose results these are) and the language.
import { deleteOp, putOp, type ProgressStore } from './store.ts';
import type { LearnerInfo, SettingKey } from './types.ts';

export async function getSetting(store: ProgressStore, key: SettingKey): Promise<string | undefined> {
  return (await store.get('settings', key))?.value;
}

/** Saves a setting; an empty or missing value removes it. */
export async function setSetting(store: ProgressStore, key: SettingKey, value: string | null | undefined): Promise<void> {
  const trimmed = value?.trim() ?? '';
  await store.write([trimmed ? putOp('settings', { key, value: trimmed }) : deleteOp('settings', key)]);
}

export async function getLearner(store: ProgressStore): Promise<LearnerInfo> {
  const [name, classCode] = await Promise.all([getSetting(store, 'learnerName'), getSetting(store, 'classCode')]);
  return { ...(name ? { name } : {}), ...(classCode ? { classCode } : {}) };
}

export async function setLearner(store: ProgressStore, learner: LearnerInfo): Promise<void> {
  const name = learner.name?.trim() ?? '';
  const classCode = learner.classCode?.trim() ?? '';
  // One write, so the two fields never end up half-saved.
  await store.write([
    name ? putOp('settings', { key: 'learnerName', value: name }) : deleteOp('settings', 'learnerName'),
    classCode ? putOp('settings', { key: 'classCode', value: classCode }) : deleteOp('settings', 'classCode'),
  ]);
}
