import {
  AccessToken,
  EgressClient,
  EncodedFileOutput,
  EncodedFileType,
  RoomServiceClient,
  WebhookReceiver,
} from 'livekit-server-sdk';
import type { FinishedRecording, MediaGrant, MediaService } from './media-service';
import { type IceConfig, iceServersOf } from './turn-credentials';

export interface LivekitConfig {
  url: string;
  apiKey: string;
  apiSecret: string;
  recording: boolean;
  ice: IceConfig;
}

/** A join token lasts as long as a broadcast may (the client reconnects with a fresh one). */
const TOKEN_TTL = '4h';
/** An empty room closes after this long; 结束直播 deletes it at once. */
const EMPTY_TIMEOUT_SECONDS = 10 * 60;

/**
 * LiveKit (the production path for large audiences): join tokens signed with the API secret, rooms
 * created and deleted through RoomService, recordings through Egress (room composite to an MP4 in
 * the egress storage), and the egress_ended webhook, its signature checked, saying where the file is.
 */
export class LivekitMediaService implements MediaService {
  readonly provider = 'livekit' as const;
  readonly recording: boolean;
  private readonly rooms: RoomServiceClient;
  private readonly egress: EgressClient;
  private readonly webhooks: WebhookReceiver;

  constructor(private readonly config: LivekitConfig) {
    const host = config.url.replace(/^ws/, 'http');
    this.recording = config.recording;
    this.rooms = new RoomServiceClient(host, config.apiKey, config.apiSecret);
    this.egress = new EgressClient(host, config.apiKey, config.apiSecret);
    this.webhooks = new WebhookReceiver(config.apiKey, config.apiSecret);
  }

  iceServers(accountId: string, now = new Date()) {
    return iceServersOf(this.config.ice, accountId, now);
  }

  async join(grant: MediaGrant) {
    const token = new AccessToken(this.config.apiKey, this.config.apiSecret, {
      identity: grant.identity,
      name: grant.name,
      ttl: TOKEN_TTL,
    });
    token.addGrant({
      room: grant.room,
      roomJoin: true,
      canPublish: grant.canPublish,
      canSubscribe: grant.canSubscribe,
      canPublishData: false,
    });
    return { url: this.config.url, token: await token.toJwt() };
  }

  async openRoom(room: string) {
    await this.rooms.createRoom({ name: room, emptyTimeout: EMPTY_TIMEOUT_SECONDS });
  }

  async closeRoom(room: string) {
    await this.rooms.deleteRoom(room);
  }

  async startRecording(room: string) {
    if (!this.recording) return null;
    const output = new EncodedFileOutput({
      fileType: EncodedFileType.MP4,
      filepath: `recordings/${room}-{time}.mp4`,
    });
    const info = await this.egress.startRoomCompositeEgress(room, { file: output }, { layout: 'speaker' });
    return info.egressId;
  }

  async stopRecording(room: string) {
    if (!this.recording) return;
    const active = await this.egress.listEgress({ roomName: room, active: true });
    for (const egress of active) await this.egress.stopEgress(egress.egressId);
  }

  async receiveWebhook(body: string, authorization: string | undefined): Promise<FinishedRecording | null> {
    // receive() checks the JWT in Authorization (signed with the API secret) and the body's sha256.
    const event = await this.webhooks.receive(body, authorization);
    if (event.event !== 'egress_ended' || !event.egressInfo) return null;
    const file = event.egressInfo.fileResults[0];
    if (!file) return null;
    return { room: event.egressInfo.roomName, location: file.location, filename: file.filename };
  }
}
