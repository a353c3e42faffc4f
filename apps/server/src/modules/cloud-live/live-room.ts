// The broadcast's room at the media service names the member who opened it: the viewers connect
// to that account (cloud_presentations has no column for it; docs/decisions/020-media.md).

export function liveRoomOf(presentationId: string, hostAccountId: string): string {
  return `live-${presentationId}-${hostAccountId}`;
}

export function hostOfRoom(presentationId: string, room: string | null): string | null {
  const prefix = `live-${presentationId}-`;
  return room?.startsWith(prefix) ? room.slice(prefix.length) : null;
}
