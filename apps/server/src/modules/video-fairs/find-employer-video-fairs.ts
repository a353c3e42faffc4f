import type { EmployerVideoFair, EmployerVideoFairPage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';
import { pageOf, pageWindow } from '../../lib/paging';
import type { CompanyMember } from '../../plugins/access';
import { mapVideoFair } from './map-video-fair';
import {
  findLiveRegistrationsOfCompany,
  findVideoFairsPage,
  type VideoFairWithUniversity,
} from './video-fairs.repository';

export interface FindEmployerVideoFairsOptions {
  member: CompanyMember;
  q?: string | undefined;
  phase?: 'registration_open' | 'registration_closed' | 'ongoing' | 'ended' | undefined;
  page: number;
  pageSize: number;
}

/** Each fair with the company's live registration of it and the places left. */
export async function withMine(
  db: Executor,
  member: CompanyMember,
  rows: VideoFairWithUniversity[],
  now: Date,
): Promise<EmployerVideoFair[]> {
  const mine = await findLiveRegistrationsOfCompany(
    db,
    member.companyId,
    rows.map((row) => row.fair.id),
  );
  return rows.map(({ fair, universityName }) => {
    const own = mine.find((row) => row.fairId === fair.id);
    return {
      ...mapVideoFair(fair, universityName, now),
      placesLeft: Math.max(fair.capacity - fair.registeredCount, 0),
      myRegistration: own ? { id: own.id, state: own.state } : null,
    };
  });
}

/** 云校招 > 视频双选会: the published fairs of every university, searchable by name and university. */
export async function findEmployerVideoFairs(
  ctx: AppContext,
  options: FindEmployerVideoFairsOptions,
): Promise<EmployerVideoFairPage> {
  const now = new Date();
  const { rows, total } = await findVideoFairsPage(
    ctx.db,
    {
      publishedOnly: true,
      when: options.phase === 'ended' ? 'past' : options.phase ? 'all' : 'upcoming',
      ...(options.phase ? { phase: options.phase } : {}),
      ...(options.q ? { q: options.q } : {}),
      now,
    },
    pageWindow(options),
  );
  return pageOf(options, await withMine(ctx.db, options.member, rows, now), total);
}
