import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { requireFound } from '../../plugins/access';
import { syncPresentationTodo } from './decide-presentation';
import { presentationMachine } from './presentation-machine';
import { lockPresentation, reschedulePresentationRow } from './presentations.repository';

export interface ReschedulePresentationOptions {
  presentationId: string;
  universityId: string;
  venue: { id: string; name: string; campus: string; capacity: number };
  startsAt: Date;
  endsAt: Date;
}

/**
 * A presentation's booking moved in the venue calendar (in the caller's transaction, which moved
 * the booking): the presentation takes the new room and time, its capacity follows a new room (one
 * smaller than the students signed up is refused, VENUE_TOO_SMALL), and the company's to-do is
 * updated. The caller notifies the company after the commit.
 */
export async function reschedulePresentation(tx: Executor, options: ReschedulePresentationOptions) {
  const presentation = requireFound(
    await lockPresentation(tx, { id: options.presentationId }),
    '宣讲会不存在',
  );
  if (presentation.universityId !== options.universityId) throw new AppError('NOT_FOUND', '宣讲会不存在');
  presentationMachine.advance(presentation.state, 'reschedule');
  const capacity =
    presentation.venueId === options.venue.id && presentation.capacity !== null
      ? presentation.capacity
      : options.venue.capacity;
  const moved = await reschedulePresentationRow(tx, {
    id: presentation.id,
    from: presentationMachine.sources('reschedule'),
    venueId: options.venue.id,
    startsAt: options.startsAt,
    endsAt: options.endsAt,
    capacity,
  });
  if (!moved) throw new AppError('VENUE_TOO_SMALL');
  await syncPresentationTodo(tx, presentation, {
    startsAt: options.startsAt,
    endsAt: options.endsAt,
    campus: options.venue.campus,
    venueName: options.venue.name,
  });
  return moved;
}
