// Every enum in this folder is a readonly list of { code, label, ... } so the server stores the code,
// the web shows the label, and zod schemas build z.enum(codesOf(LIST)) from the same source.
export type DictionaryEntry = { readonly code: string; readonly label: string };

// seed 000 §三.3(6): every search filter offers “不限” when the seeker has no preference. The empty
// code keeps it out of every real code list, so it can never be stored as a value by mistake.
export const NOT_LIMITED = { code: '', label: '不限' } as const;

export function labelOf<T extends readonly DictionaryEntry[]>(
  list: T,
  code: string | null | undefined,
): string | undefined {
  if (code === null || code === undefined) return undefined;
  return list.find((entry) => entry.code === code)?.label;
}

export function isCodeOf<T extends readonly DictionaryEntry[]>(
  list: T,
  code: unknown,
): code is T[number]['code'] {
  return typeof code === 'string' && list.some((entry) => entry.code === code);
}

// z.enum() needs a non-empty tuple; every list here has at least one entry.
export function codesOf<T extends readonly DictionaryEntry[]>(
  list: T,
): [T[number]['code'], ...T[number]['code'][]] {
  return list.map((entry) => entry.code) as [T[number]['code'], ...T[number]['code'][]];
}

// Filter pickers show “不限” first (seed 000 §三.3(6)); stored data never uses it.
export function withNotLimited<T extends readonly DictionaryEntry[]>(
  list: T,
): readonly [typeof NOT_LIMITED, ...T[number][]] {
  return [NOT_LIMITED, ...list];
}
