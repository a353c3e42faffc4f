import type { DeviceTestInput } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { requireApprovedRegistration, requireRoom } from './company-access';
import { insertRoomCheck, ROOM_CHECK_KINDS } from './video-interviews.repository';

export interface RecordRoomCheckOptions {
  member: CompanyMember;
  registrationId: string;
  room: number;
  /** ③ 进入面试间, or ④ 测试视频设备 with its results. */
  check: { kind: 'entered' } | ({ kind: 'deviceTest' } & DeviceTestInput);
}

/** Seed 002 ③ 进入面试间 and ④ 测试视频设备 leave a record (the process checklist shows them done). */
export async function recordRoomCheck(ctx: AppContext, options: RecordRoomCheckOptions) {
  const { member, check } = options;
  const registration = await requireApprovedRegistration(ctx.db, member, options.registrationId);
  requireRoom(registration, options.room);
  const { kind, ...results } = check;
  const row = await insertRoomCheck(ctx.db, {
    registrationId: registration.id,
    room: options.room,
    kind: ROOM_CHECK_KINDS[kind],
    accountId: member.accountId,
    result: kind === 'deviceTest' ? results : null,
  });
  return { room: options.room, at: row.at.toISOString() };
}
