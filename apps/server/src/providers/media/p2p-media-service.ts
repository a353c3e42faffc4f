import type { FinishedRecording, MediaService } from './media-service';
import { type IceConfig, iceServersOf } from './turn-credentials';

/**
 * The built-in media service: no server in the media path. The presenter's browser sends one
 * stream to each viewer (its uplink is the limit, measured in docs/decisions/020-media.md), and
 * nothing is recorded.
 */
export class P2pMediaService implements MediaService {
  readonly provider = 'p2p' as const;
  readonly recording = false;

  constructor(private readonly ice: IceConfig) {}

  iceServers(accountId: string, now = new Date()) {
    return iceServersOf(this.ice, accountId, now);
  }

  async join() {
    return null;
  }

  async openRoom() {}

  async closeRoom() {}

  async startRecording() {
    return null;
  }

  async stopRecording() {}

  async receiveWebhook(): Promise<FinishedRecording | null> {
    return null;
  }
}
