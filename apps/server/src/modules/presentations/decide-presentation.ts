import type { PresentationApproval } from '@openrecruit/shared';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { notFound, requireFound } from '../../plugins/access';
import { bookVenue } from '../campus-venues/book-venue';
import { upsertCampusTodo } from '../employer-interviews/upsert-campus-todo';
import { presentationMachine } from './presentation-machine';
import {
  findUniversityName,
  lockPresentation,
  markPresentationApproved,
  markPresentationRejected,
  type PresentationRow,
} from './presentations.repository';

// The `presentation` review kind's hooks (modules/reviews/kinds/presentation.ts), in the deciding
// transaction: the university's 通过 books the room it chose and arranges the presentation;
// 驳回 marks it 未通过 with the reason.

export interface ApprovePresentationOptions {
  presentationId: string;
  /** The reviewing university: the room must be one of its rooms. */
  universityId: string;
  deciderAccountId: string;
  approval: z.output<typeof PresentationApproval>;
  now?: Date;
}

/** The to-do of an arranged presentation in the company's 待办事项 / calendar (same source → updated). */
export async function syncPresentationTodo(
  tx: Executor,
  presentation: Pick<PresentationRow, 'id' | 'companyId' | 'universityId' | 'title'>,
  slot: { startsAt: Date; endsAt: Date; campus: string; venueName: string },
) {
  const universityName = (await findUniversityName(tx, presentation.universityId)) ?? '';
  await upsertCampusTodo(tx, {
    companyId: presentation.companyId,
    kind: 'presentation',
    sourceKind: 'presentation',
    sourceId: presentation.id,
    title: `${universityName}宣讲会：${presentation.title}`,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    location: [universityName, slot.campus, slot.venueName].filter(Boolean).join(' '),
  });
}

/**
 * 通过: books the room (the exclusion constraint refuses a taken slot: VENUE_DOUBLE_BOOKED, and the
 * whole decision rolls back, the request stays pending), then 已通过 with the room, time and the
 * room's capacity, and the company's to-do.
 */
export async function approvePresentation(tx: Executor, options: ApprovePresentationOptions) {
  const presentation = requireFound(
    await lockPresentation(tx, { id: options.presentationId }),
    '宣讲会不存在',
  );
  if (presentation.universityId !== options.universityId) throw notFound('宣讲会不存在');
  presentationMachine.advance(presentation.state, 'approve');
  const startsAt = new Date(options.approval.startsAt);
  const endsAt = new Date(options.approval.endsAt);
  const { booking, venue } = await bookVenue(tx, {
    universityId: options.universityId,
    venueId: options.approval.venueId,
    startsAt,
    endsAt,
    sourceKind: 'presentation',
    sourceId: presentation.id,
    title: presentation.title,
    createdBy: options.deciderAccountId,
    fields: { venueId: 'details.venueId', startsAt: 'details.startsAt' },
    ...(options.now ? { now: options.now } : {}),
  });
  const approved = await markPresentationApproved(tx, {
    id: presentation.id,
    from: presentationMachine.sources('approve'),
    venueId: venue.id,
    venueBookingId: booking.id,
    startsAt,
    endsAt,
    capacity: venue.capacity,
  });
  if (!approved) throw new AppError('INVALID_STATE', '该宣讲会已审核');
  await syncPresentationTodo(tx, presentation, {
    startsAt,
    endsAt,
    campus: venue.campus,
    venueName: venue.name,
  });
  return approved;
}

export interface RejectPresentationOptions {
  presentationId: string;
  universityId: string;
  reason: string;
}

/** 驳回: 未通过 with the university's reason; the company may apply again (a new application). */
export async function rejectPresentation(tx: Executor, options: RejectPresentationOptions) {
  const presentation = requireFound(
    await lockPresentation(tx, { id: options.presentationId }),
    '宣讲会不存在',
  );
  if (presentation.universityId !== options.universityId) throw notFound('宣讲会不存在');
  presentationMachine.advance(presentation.state, 'reject');
  const rejected = await markPresentationRejected(tx, {
    id: presentation.id,
    from: presentationMachine.sources('reject'),
    reason: options.reason,
  });
  if (!rejected) throw new AppError('INVALID_STATE', '该宣讲会已审核');
  return rejected;
}
