import { SEARCH_COUNT_CAP, type SearchJobsResult } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { SeekerCaller } from '../../plugins/access';
import { findJobSummaries, findSeekerFacts } from './jobs.repository';
import { mapJobSummary } from './map-job';
import { planSearch, type SearchFilters } from './plan-search';
import {
  countPostings,
  findPinnedPostings,
  findPostings,
  type Posting,
  type TermQuery,
} from './search.repository';
import { comesAfter, decodeSearchCursor, encodeSearchCursor, type SearchCursor } from './search-cursor';

/** Pins are a paid, reviewed placement: a search shows at most this many on top. */
const PINNED_LIMIT = 100;

export interface FindJobsOptions {
  seeker: SeekerCaller;
  filters: SearchFilters;
}

type PagePosting = Posting & { pinned: boolean };

/**
 * Seed 000 §三 职位搜索: recruiting jobs matching the keyword and filters, the ones pinned today in
 * the chosen area first, then newest first. Keyset pages: a deep page costs what page 1 costs.
 */
export async function findJobs(ctx: AppContext, options: FindJobsOptions): Promise<SearchJobsResult> {
  const { filters } = options;
  const seeker = await findSeekerFacts(ctx.db, options.seeker.accountId);
  // Seed 000 §三.2: 学历 and 政治面貌 are completed before the first search.
  if (!seeker?.profileCompletedAt) throw new AppError('PROFILE_INCOMPLETE');
  const cursor = filters.cursor ? decodeSearchCursor(filters.cursor) : null;
  const plan = await planSearch(ctx.db, filters);
  if (!plan) return { items: [], nextCursor: null, total: 0, totalCapped: false };

  const pinned = await findPinnedPostings(ctx.db, plan.query, {
    areas: plan.pinAreas,
    today: shanghaiDate(),
    limit: PINNED_LIMIT,
  });
  const page = await readPage(ctx, plan.query, pinned, cursor, filters.limit);
  // A first page that is also the last holds every match: it is the count. Otherwise count up to
  // one past the cap: exact to 10,000, "10000+" beyond, never a full count.
  const cap = SEARCH_COUNT_CAP;
  const total = !cursor && !page.next ? page.items.length : await countPostings(ctx.db, plan.query, cap + 1);
  const summaries = await findJobSummaries(
    ctx.db,
    page.items.map((p) => p.jobId),
  );
  const rows = new Map(summaries.map((row) => [row.id, row]));
  return {
    items: page.items.flatMap((p) => {
      const row = rows.get(p.jobId);
      return row ? [mapJobSummary(row, p.pinned)] : [];
    }),
    nextCursor: page.next ? encodeSearchCursor(page.next) : null,
    total: Math.min(total, cap),
    totalCapped: total > cap,
  };
}

/** The pinned matches after the cursor, then the others (never the pinned ones again). */
async function readPage(
  ctx: AppContext,
  query: TermQuery,
  pinned: Posting[],
  cursor: SearchCursor | null,
  limit: number,
): Promise<{ items: PagePosting[]; next: SearchCursor | null }> {
  const items: PagePosting[] = [];
  if (!cursor || cursor.pinned) {
    const rest = cursor ? pinned.filter((p) => comesAfter(p, cursor)) : pinned;
    items.push(...rest.slice(0, limit + 1).map((p) => ({ ...p, pinned: true })));
  }
  if (items.length <= limit) {
    const others = await findPostings(ctx.db, query, {
      after: cursor && !cursor.pinned ? cursor : null,
      exclude: pinned.map((p) => p.jobId),
      limit: limit + 1 - items.length,
    });
    items.push(...others.map((p) => ({ ...p, pinned: false })));
  }
  const last = items.length > limit ? items[limit - 1] : undefined;
  return { items: items.slice(0, limit), next: last ?? null };
}
