import type { MediaJoin } from '@openrecruit/shared';

export interface LivekitSession {
  close(): void;
  replaceLocalStream(stream: MediaStream | null): Promise<void>;
}

/**
 * A session through LiveKit (MEDIA_PROVIDER=livekit). livekit-client is imported here only, on
 * demand, so the peer-to-peer bundle does not carry it.
 */
export async function openLivekitSession(
  join: MediaJoin,
  localStream: MediaStream | null,
  handlers: {
    onState(state: 'connecting' | 'connected' | 'reconnecting' | 'failed'): void;
    onRemoteStream(stream: MediaStream): void;
  },
): Promise<LivekitSession> {
  const { Room, RoomEvent } = await import('livekit-client');
  const room = new Room({ adaptiveStream: true, dynacast: true });
  const remote = new MediaStream();
  room.on(RoomEvent.TrackSubscribed, (track) => {
    remote.addTrack(track.mediaStreamTrack);
    handlers.onRemoteStream(remote);
  });
  room.on(RoomEvent.TrackUnsubscribed, (track) => {
    remote.removeTrack(track.mediaStreamTrack);
    handlers.onRemoteStream(remote);
  });
  room.on(RoomEvent.Reconnecting, () => handlers.onState('reconnecting'));
  room.on(RoomEvent.Reconnected, () => handlers.onState('connected'));
  room.on(RoomEvent.Disconnected, () => handlers.onState('failed'));
  handlers.onState('connecting');
  await room.connect(join.url!, join.token!);
  handlers.onState('connected');
  const published: MediaStreamTrack[] = [];
  const publish = async (stream: MediaStream | null) => {
    for (const track of published.splice(0)) await room.localParticipant.unpublishTrack(track);
    if (!join.canPublish || !stream) return;
    for (const track of stream.getTracks()) {
      await room.localParticipant.publishTrack(track);
      published.push(track);
    }
  };
  await publish(localStream);
  return {
    close: () => void room.disconnect(),
    replaceLocalStream: publish,
  };
}
