import type {
  CloudPresentation,
  CloudPresentationTarget,
  PublicCloudPresentation,
  UniversityCloudPresentation,
} from '@openrecruit/shared';
import type { CloudPresentationRow, CloudPresentationTargetRow } from './cloud-presentations.repository';

// Rows to answers: never a row to the client. The video and poster URLs are per area, so each
// reader streams through the route that checks it may (employer, university, public).

export type MediaArea = 'employer' | 'university' | 'public';

/** What plays: the uploaded video of a 录播, or the recording a finished 直播 left (H2's media module). */
export function playableFileId(
  row: Pick<CloudPresentationRow, 'videoFileId' | 'recordingFileId' | 'liveState'>,
) {
  if (row.videoFileId) return row.videoFileId;
  return row.liveState === 'ended' ? row.recordingFileId : null;
}

export function mapPublicCloudPresentation(
  row: CloudPresentationRow,
  jobTitles: Map<string, string>,
  area: MediaArea = 'public',
): PublicCloudPresentation {
  const base = `/api/${area}/cloud-presentations/${row.id}`;
  return {
    id: row.id,
    companyId: row.companyId,
    companyName: row.companyName,
    format: row.format,
    title: row.title,
    description: row.description,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt?.toISOString() ?? null,
    jobs: row.jobIds.map((id) => ({ id, title: jobTitles.get(id) ?? '' })).filter((job) => job.title),
    durationSeconds: row.durationSeconds,
    videoUrl: playableFileId(row) ? `${base}/video` : null,
    posterUrl: row.posterFileId ? `${base}/poster` : null,
    liveState: row.liveState,
    liveStartedAt: row.liveStartedAt?.toISOString() ?? null,
    liveEndedAt: row.liveEndedAt?.toISOString() ?? null,
  };
}

export function mapTarget(target: {
  universityId: string;
  universityName: string;
  state: CloudPresentationTargetRow['state'];
  rejectReason: string | null;
  decidedAt: Date | null;
}): CloudPresentationTarget {
  return {
    universityId: target.universityId,
    universityName: target.universityName,
    state: target.state,
    rejectReason: target.state === 'rejected' ? target.rejectReason : null,
    decidedAt: target.decidedAt?.toISOString() ?? null,
  };
}

export function mapCloudPresentation(
  row: CloudPresentationRow,
  jobTitles: Map<string, string>,
  targets: Parameters<typeof mapTarget>[0][],
): CloudPresentation {
  return {
    ...mapPublicCloudPresentation(row, jobTitles, 'employer'),
    targets: targets.map(mapTarget),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function mapUniversityCloudPresentation(
  row: CloudPresentationRow,
  jobTitles: Map<string, string>,
  target: CloudPresentationTargetRow,
): UniversityCloudPresentation {
  return {
    ...mapPublicCloudPresentation(row, jobTitles, 'university'),
    state: target.state,
    rejectReason: target.state === 'rejected' ? target.rejectReason : null,
    decidedAt: target.decidedAt?.toISOString() ?? null,
    submittedAt: target.createdAt.toISOString(),
  };
}
