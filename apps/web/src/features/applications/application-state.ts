import type { ApplicationRecord } from '@openrecruit/shared';

/** The colour of a record's state label (a tag class in jobs.css). */
export function stateTone(record: Pick<ApplicationRecord, 'state' | 'isVoid'>): string {
  if (record.isVoid || record.state === 'interview_declined') return 'danger';
  switch (record.state) {
    case 'interview_invited':
    case 'interview_accepted':
      return 'warning';
    case 'interview_confirmed':
      return 'success';
    case 'withdrawn':
      return 'stopped';
    default:
      return 'primary';
  }
}
