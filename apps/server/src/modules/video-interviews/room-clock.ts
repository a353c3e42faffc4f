import type { Executor } from '../../db/client';
import { shanghaiDate, shanghaiTime } from '../../lib/shanghai-time';
import type { RoomClock } from './map-video-interview';
import { findRoomCall, roomCounts } from './video-interviews.repository';

export const roomKey = (registrationId: string, room: number) => `${registrationId}:${room}`;

/**
 * The estimated wait's inputs per room (decision 021): the mean length of the room's interviews
 * completed today (the fair's slot until there is one) and the remaining slot of the call under way.
 */
export async function loadRoomClocks(
  db: Executor,
  rooms: { registrationId: string; room: number; slotMinutes: number }[],
  now: Date,
): Promise<Map<string, RoomClock>> {
  const clocks = new Map<string, RoomClock>();
  const dayStart = shanghaiTime(shanghaiDate(now), 0);
  const byRegistration = new Map<string, Awaited<ReturnType<typeof roomCounts>>>();
  for (const { registrationId, room, slotMinutes } of rooms) {
    const key = roomKey(registrationId, room);
    if (clocks.has(key)) continue;
    let counts = byRegistration.get(registrationId);
    if (!counts) {
      counts = await roomCounts(db, registrationId, dayStart);
      byRegistration.set(registrationId, counts);
    }
    const mean = counts.find((c) => c.room === room)?.meanSeconds ?? null;
    const call = await findRoomCall(db, registrationId, room);
    const remaining = call?.slotEndsAt ? Math.max(0, (call.slotEndsAt.getTime() - now.getTime()) / 1000) : 0;
    clocks.set(key, {
      meanSeconds: Math.round(mean ?? slotMinutes * 60),
      remainingSeconds: Math.round(remaining),
    });
  }
  return clocks;
}
