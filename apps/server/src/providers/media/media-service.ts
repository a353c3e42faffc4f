import type { IceServer, MediaProviderCode } from '@openrecruit/shared';

// The media service (docs/decisions/020-media.md): what carries the audio and video of a media
// session. `p2p` (the built-in default) has no server: browsers send media to each other and the
// app only relays their signals. `livekit` is an SFU for large audiences, with recordings.

/** A participant's admission to a room of the media service. */
export interface MediaGrant {
  room: string;
  /** The account id: the media service names participants by it. */
  identity: string;
  name: string;
  canPublish: boolean;
  canSubscribe: boolean;
}

/** A recording the media service finished (LiveKit's egress_ended webhook). */
export interface FinishedRecording {
  room: string;
  /** Where the media service wrote the file (a URL or the egress storage's path). */
  location: string;
  filename: string;
}

export interface MediaService {
  readonly provider: MediaProviderCode;
  /** Whether rooms are recorded (p2p: never). */
  readonly recording: boolean;
  /** STUN and TURN servers for a browser; TURN with credentials valid for a limited time. */
  iceServers(accountId: string, now?: Date): IceServer[];
  /** LiveKit: the server's address and a join token; p2p: null (signalling goes through the app). */
  join(grant: MediaGrant): Promise<{ url: string; token: string } | null>;
  openRoom(room: string): Promise<void>;
  closeRoom(room: string): Promise<void>;
  /** Starts recording the room when the service records; returns the recording's id or null. */
  startRecording(room: string): Promise<string | null>;
  /** Stops every active recording of the room. */
  stopRecording(room: string): Promise<void>;
  /** Checks a webhook's signature and returns the recording it announces as finished, if any. */
  receiveWebhook(body: string, authorization: string | undefined): Promise<FinishedRecording | null>;
}
