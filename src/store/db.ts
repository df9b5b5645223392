// The one Dexie database class. Every schema version stays declared here with its
// upgrade, so a browser that last ran any earlier release opens cleanly and keeps its data.
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import {
  SCHEMA_V1,
  SCHEMA_V2,
  attemptV1toV2,
  learnerSettingV1toV2,
  type AttemptV1,
  type LearnerSettingV1,
} from './migrations.ts';
import type { Attempt, Draft, Setting } from './types.ts';

import { DB_NAME } from './dbName.ts';

export { DB_NAME };
/** The newest schema version; bump it together with a new `version(n)` below. */
export const CURRENT_SCHEMA_VERSION = 2;

export class LoyaltyLabDB extends Dexie {
  attempts!: EntityTable<Attempt, 'id'>;
  drafts!: EntityTable<Draft, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);

    this.version(1).stores(SCHEMA_V1);

    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        await tx
          .table('attempts')
          .toCollection()
          .modify((record: AttemptV1 | Attempt, ctx: { value: unknown }) => {
            if ('decisions' in record) ctx.value = attemptV1toV2(record);
          });
        const settings = tx.table('settings');
        const learner = (await settings.get('learner')) as LearnerSettingV1 | undefined;
        if (learner) {
          await settings.bulkPut(learnerSettingV1toV2(learner));
          await settings.delete('learner');
        }
      });
  }
}
