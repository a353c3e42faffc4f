import {
  COMPANY_NATURES,
  EDUCATION_LEVELS,
  INDUSTRIES,
  POLITICAL_STATUSES,
  PROVINCES,
  WORK_AREAS,
  WORK_NATURES,
} from '@openrecruit/shared';
import type { Executor } from '../client';
import { dictItems } from '../schema';

/** The enumerations of packages/shared (reference/cn-standards.md), as rows other tables and reports can join. */
export const DICTIONARIES = {
  education: EDUCATION_LEVELS,
  political_status: POLITICAL_STATUSES,
  work_nature: WORK_NATURES,
  work_area: WORK_AREAS,
  company_nature: COMPANY_NATURES,
  industry: INDUSTRIES,
  province: PROVINCES,
} as const;

export async function seedDictionaries(db: Executor) {
  const rows = Object.entries(DICTIONARIES).flatMap(([kind, items]) =>
    items.map((item, index) => ({ kind, code: item.code, label: item.label, sortOrder: index })),
  );
  await db.insert(dictItems).values(rows).onConflictDoNothing();
  return rows.length;
}
