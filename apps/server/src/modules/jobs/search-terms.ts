// The terms of the job search index (docs/decisions/008-job-search.md). A search reads the rows of
// ONE term and checks everything else on the row itself, so it starts from the rarest term every
// match must have:
// - keywords: Chinese has no spaces and a seeker types one, two or more characters (seed 000
//   §三.3(1): 技工, 销售), so a job is indexed by every character (unigram) and every pair of
//   neighbouring characters (bigram) of its title and occupation, Latin folded to lower case.
//   pg_trgm is no use: it needs three characters and, under PGlite's C locale, does not see CJK
//   characters as word characters;
// - ages: an age is selective only near the ends of the range, so the young and old age bands are
//   terms too. Area, education and work nature need none: a second index reads them in order.
// Keyword terms are one or two characters long and age terms longer, so they never collide.

/** The term every recruiting job has: a search without keyword or selective filter reads it. */
export const ALL_JOBS_TERM = '';

const YOUNG_UP_TO = 17;
const OLD_FROM = [46, 51, 56, 61] as const;

/** Full-width forms to half-width (ＵＩ → ui), Latin to lower case, white space removed. */
export function normaliseSearchText(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/**
 * What a job's keyword check reads: title and occupation, normalised, joined by a line break that
 * no normalised keyword contains, so a keyword never matches across the two.
 */
export function searchTextOf(job: { title: string; occupation: string }): string {
  return `${normaliseSearchText(job.title)}\n${normaliseSearchText(job.occupation)}`;
}

/** A job's unigrams and bigrams. */
export function keywordTermsOf(job: { title: string; occupation: string }) {
  const unigrams = new Set<string>();
  const bigrams = new Set<string>();
  for (const field of searchTextOf(job).split('\n')) {
    const chars = [...field];
    chars.forEach((char, i) => {
      unigrams.add(char);
      if (i + 1 < chars.length) bigrams.add(char + chars[i + 1]);
    });
  }
  return { unigrams: [...unigrams], bigrams: [...bigrams] };
}

/** The age bands a job is indexed under: 'age:≤17' if it takes 16 or 17, 'age:≥T' up to its oldest age. */
export function ageTermsOf(job: { ageMin: number; ageMax: number }): string[] {
  return [
    ...(job.ageMin <= YOUNG_UP_TO ? [`age:≤${YOUNG_UP_TO}`] : []),
    ...OLD_FROM.filter((from) => job.ageMax >= from).map((from) => `age:≥${from}`),
  ];
}

/** The age band whose rows hold every job taking this age; none in the middle, where most jobs do. */
export function ageTermFor(age: number | undefined): string | undefined {
  if (age === undefined) return undefined;
  if (age <= YOUNG_UP_TO) return `age:≤${YOUNG_UP_TO}`;
  const from = OLD_FROM.filter((band) => age >= band).at(-1);
  return from ? `age:≥${from}` : undefined;
}

/**
 * How a keyword is looked up: none; one or two characters, whose term's rows are exactly the
 * matches; or three and more, whose bigrams' rows are candidates to check for the whole keyword.
 */
export type KeywordPlan =
  | { kind: 'none' }
  | { kind: 'exact'; term: string; keyword: string }
  | { kind: 'verified'; bigrams: string[]; keyword: string };

export function planKeyword(keyword: string | undefined): KeywordPlan {
  const normalised = normaliseSearchText(keyword ?? '');
  const chars = [...normalised];
  if (chars.length === 0) return { kind: 'none' };
  if (chars.length <= 2) return { kind: 'exact', term: normalised, keyword: normalised };
  const bigrams = new Set(chars.slice(1).map((char, i) => chars[i] + char));
  return { kind: 'verified', bigrams: [...bigrams], keyword: normalised };
}
