import { defineMediaSessionKind } from '../media/media-session-kind';
import { politeName } from '../talent/map-talent';
import { interviewerName } from './map-video-interview';
import { findCompanyAccount, findInterviewById } from './video-interviews.repository';

/**
 * The `interview` media session (issue 13 §4): an interview under way (called, in_progress). Its
 * host is the room's interviewer named by the registration (or the company's admin), its guest
 * the student; each is the other's only peer. Anything else (another company, another student,
 * an interview not under way) is null: the media routes answer 404.
 */
export const interviewMediaSession = defineMediaSessionKind({
  code: 'interview',
  async access(ctx, sessionId, caller) {
    const row = await findInterviewById(ctx.db, sessionId);
    if (row?.state !== 'in_progress') return null;
    const interviewer = row.interviewers.find((candidate) => candidate.room === row.room);
    const room = `interview:${row.id}`;
    if (caller.area === 'seeker') {
      if (caller.accountId !== row.seekerAccountId) return null;
      const hosts = [...new Set([row.calledBy, interviewer?.accountId].filter((id): id is string => !!id))];
      return {
        peers: hosts,
        room,
        role: 'guest',
        canPublish: true,
        displayName: politeName(row.student.name, row.student.sex),
      };
    }
    const account = await findCompanyAccount(ctx.db, caller.accountId);
    if (account?.role !== 'employer' || account.companyId !== row.companyId) return null;
    const isHost = interviewer?.accountId === caller.accountId || account.companyRole === 'admin';
    if (!isHost) return null;
    return {
      peers: [row.seekerAccountId],
      room,
      role: 'host',
      canPublish: true,
      displayName: interviewerName(row.interviewers, row.room),
    };
  },
});
