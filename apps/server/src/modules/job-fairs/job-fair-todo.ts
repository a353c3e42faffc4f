import type { Executor } from '../../db/client';
import { removeCampusTodo, upsertCampusTodo } from '../employer-interviews/upsert-campus-todo';
import type { JobFairRow } from './job-fairs.repository';

// An approved 双选会 place is on the company's calendar (seed 002 首页: 宣讲会和双选会根据举办时间
// 自动同步过来): its time, its place and, once assigned, its booth.

export const TODO_SOURCE = 'job_fair_registration';

export async function syncFairTodo(
  tx: Executor,
  registration: { id: string; companyId: string },
  fair: JobFairRow & { universityName?: string },
  boothCode: string | null,
) {
  await upsertCampusTodo(tx, {
    companyId: registration.companyId,
    kind: 'job_fair',
    sourceKind: TODO_SOURCE,
    sourceId: registration.id,
    title: `双选会：${fair.title}`,
    startsAt: fair.startsAt,
    endsAt: fair.endsAt,
    location: boothCode ? `${fair.location} 展位${boothCode}` : fair.location,
  });
}

export async function dropFairTodo(tx: Executor, registration: { id: string; companyId: string }) {
  await removeCampusTodo(tx, {
    companyId: registration.companyId,
    sourceKind: TODO_SOURCE,
    sourceId: registration.id,
  });
}
