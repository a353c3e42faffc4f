import { RTCPeerConnection } from 'werift';
import type { TestClient } from '../http-client';

// A headless WebRTC peer (werift) that signals through the app's routes exactly as lib/media does:
// the guest offers, the host answers, candidates both ways, read with GET …/signals.

export interface SignalRoute {
  client: TestClient;
  /** /api/<area>/media/<kind>/<sessionId> */
  base: string;
  remote: string;
}

export class WeriftPeer {
  readonly pc = new RTCPeerConnection({ iceServers: [] });
  private readonly pendingCandidates: unknown[] = [];

  constructor(
    private readonly route: SignalRoute,
    readonly peerId: string,
  ) {
    this.pc.onIceCandidate.subscribe((candidate) => {
      if (candidate) void this.send('candidate', { candidate: candidate.toJSON() });
    });
  }

  private async send(kind: string, payload: Record<string, unknown>) {
    const response = await this.route.client.post(`${this.route.base}/signals`, {
      to: this.route.remote,
      peerId: this.peerId,
      kind,
      payload,
    });
    if (response.status !== 200)
      throw new Error(`signal ${kind}: ${response.status} ${JSON.stringify(response.body)}`);
  }

  async offer() {
    const offer = await this.pc.createOffer();
    await this.pc.setLocalDescription(offer);
    await this.send('offer', { type: 'offer', sdp: this.pc.localDescription!.sdp });
  }

  /** Reads and applies this peer's signals once; returns how many there were. */
  async poll() {
    const response = await this.route.client.get(`${this.route.base}/signals`);
    if (response.status !== 200) throw new Error(`read signals: ${response.status}`);
    for (const signal of response.body.items as { kind: string; payload: Record<string, unknown> }[]) {
      if (signal.kind === 'offer') {
        await this.pc.setRemoteDescription({ type: 'offer', sdp: String(signal.payload.sdp) });
        await this.flush();
        const answer = await this.pc.createAnswer();
        await this.pc.setLocalDescription(answer);
        await this.send('answer', { type: 'answer', sdp: this.pc.localDescription!.sdp });
      } else if (signal.kind === 'answer') {
        await this.pc.setRemoteDescription({ type: 'answer', sdp: String(signal.payload.sdp) });
        await this.flush();
      } else if (signal.kind === 'candidate') {
        if (this.pc.remoteDescription) await this.pc.addIceCandidate(signal.payload.candidate as never);
        else this.pendingCandidates.push(signal.payload.candidate);
      }
    }
    return response.body.items.length as number;
  }

  private async flush() {
    for (const candidate of this.pendingCandidates.splice(0))
      await this.pc.addIceCandidate(candidate as never);
  }

  close() {
    return this.pc.close();
  }
}

/** Polls both peers until `done()` or the time runs out. */
export async function exchangeUntil(peers: WeriftPeer[], done: () => boolean, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > until) throw new Error('the peers did not connect in time');
    for (const peer of peers) await peer.poll();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
