import type { ReviewPayloadInput } from '../reviews/kinds';
import type { CloudPresentationRow } from './cloud-presentations.repository';

/** The review request's payload: the application as the university reads it (kinds/cloud-presentation.ts). */
export function reviewPayloadOf(
  presentation: Omit<CloudPresentationRow, 'companyName'>,
  universityName: string,
  jobTitles: Map<string, string>,
): ReviewPayloadInput<'cloud_presentation'> {
  return {
    presentationId: presentation.id,
    universityName,
    format: presentation.format,
    title: presentation.title,
    description: presentation.description,
    startsAt: presentation.startsAt.toISOString(),
    endsAt: presentation.endsAt?.toISOString() ?? null,
    jobs: presentation.jobIds.map((id) => ({ id, title: jobTitles.get(id) ?? '' })),
    durationSeconds: presentation.durationSeconds,
    hasVideo: presentation.videoFileId !== null,
  };
}
