import type { VideoFairInput } from '@openrecruit/shared';
import type { z } from 'zod';

export type VideoFairValues = z.output<typeof VideoFairInput>;

/** The form's values as the fair's columns. */
export function fairColumns(input: VideoFairValues) {
  return {
    title: input.title,
    description: input.description,
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    slotMinutes: input.slotMinutes,
    registrationDeadline: new Date(input.registrationDeadline),
    feePoints: input.feePoints,
    capacity: input.capacity,
    allowVideo: input.allowVideo,
    allowText: input.allowText,
    agreementText: input.agreementText,
  };
}
