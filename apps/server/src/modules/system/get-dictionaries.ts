import type { AppContext } from '../../context';
import { findDictItems } from './system.repository';

export type Dictionaries = Record<string, Array<{ code: string; label: string }>>;

/** A use case without inputs still takes an options object (the one call shape). */
export type GetDictionariesOptions = Record<string, never>;

/** Every dictionary (学历、政治面貌、工作性质、…) by kind, in its display order. */
export async function getDictionaries(
  ctx: AppContext,
  _options: GetDictionariesOptions = {},
): Promise<Dictionaries> {
  const grouped: Dictionaries = {};
  for (const row of await findDictItems(ctx.db)) {
    grouped[row.kind] ??= [];
    grouped[row.kind]!.push({ code: row.code, label: row.label });
  }
  return grouped;
}
