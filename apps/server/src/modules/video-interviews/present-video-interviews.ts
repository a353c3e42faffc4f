import type { EmployerVideoInterview, SeekerVideoInterview } from '@openrecruit/shared';
import type { Executor } from '../../db/client';
import { requireFound } from '../../plugins/access';
import { mapEmployerInterview, mapSeekerInterview } from './map-video-interview';
import { loadRoomClocks, roomKey } from './room-clock';
import { findCompanyInterview, findSeekerInterview, type InterviewRow } from './video-interviews.repository';

// Rows to answers, with each queued row's estimated wait from its room's clock.

async function clocksOf(db: Executor, rows: InterviewRow[], now: Date) {
  return loadRoomClocks(
    db,
    rows.filter((row) => row.state === 'queued').map((row) => ({ ...row, slotMinutes: row.slotMinutes })),
    now,
  );
}

export async function presentEmployerInterviews(
  db: Executor,
  rows: InterviewRow[],
  now: Date,
): Promise<EmployerVideoInterview[]> {
  const clocks = await clocksOf(db, rows, now);
  return rows.map((row) => mapEmployerInterview(row, clocks.get(roomKey(row.registrationId, row.room)), now));
}

export async function presentSeekerInterviews(
  db: Executor,
  rows: InterviewRow[],
  now: Date,
): Promise<SeekerVideoInterview[]> {
  const clocks = await clocksOf(db, rows, now);
  return rows.map((row) => mapSeekerInterview(row, clocks.get(roomKey(row.registrationId, row.room)), now));
}

/** One interview of the company, as the console shows it (404 when not the company's). */
export async function presentCompanyInterview(
  db: Executor,
  companyId: string,
  interviewId: string,
  now = new Date(),
) {
  const row = requireFound(await findCompanyInterview(db, companyId, interviewId), '面试记录不存在');
  const [view] = await presentEmployerInterviews(db, [row], now);
  return view!;
}

/** One interview of the student (404 for anyone else's). */
export async function presentOwnInterview(
  db: Executor,
  seekerAccountId: string,
  interviewId: string,
  now = new Date(),
) {
  const row = requireFound(await findSeekerInterview(db, seekerAccountId, interviewId), '面试记录不存在');
  const [view] = await presentSeekerInterviews(db, [row], now);
  return view!;
}
