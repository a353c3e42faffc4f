import type { IceServer, MediaSignal } from '@openrecruit/shared';
import type { SignallingClient } from './signalling-client';

export type LinkState = 'connecting' | 'connected' | 'reconnecting' | 'failed' | 'closed';

export interface PeerLinkOptions {
  signalling: SignallingClient;
  /** The other side's account id. */
  remote: string;
  /** This connection's id: the guest makes one per attempt; the host answers on it. */
  peerId: string;
  iceServers: IceServer[];
  /** `offerer`: the guest (student, viewer); `answerer`: the host (interviewer, presenter). */
  role: 'offerer' | 'answerer';
  localStream: MediaStream | null;
  /** Send and receive no video (the fallback when video failed). */
  audioOnly?: boolean;
  onState(state: LinkState): void;
  onRemoteStream(stream: MediaStream): void;
}

/** How long a dropped connection may try an ICE restart before the link reports `failed`. */
const RESTART_GRACE_MS = 12_000;

/**
 * One RTCPeerConnection to one peer. The guest always offers and the host only answers, so offers
 * never collide (the polite/impolite roles of perfect negotiation with the host always polite);
 * the host changes what it sends with replaceTrack, which needs no new offer. A dropped connection
 * restarts ICE: the guest at once, the host by asking the guest (`restart`).
 */
export class PeerLink {
  readonly pc: RTCPeerConnection;
  private readonly remoteStream = new MediaStream();
  private pendingCandidates: RTCIceCandidateInit[] = [];
  private state: LinkState = 'connecting';
  private wasConnected = false;
  private failTimer: number | undefined;
  private closed = false;

  constructor(private readonly options: PeerLinkOptions) {
    this.pc = new RTCPeerConnection({ iceServers: options.iceServers });
    this.pc.addEventListener('icecandidate', (event) => {
      if (event.candidate) this.send('candidate', { candidate: event.candidate.toJSON() });
    });
    this.pc.addEventListener('track', (event) => {
      if (!this.remoteStream.getTracks().includes(event.track)) this.remoteStream.addTrack(event.track);
      options.onRemoteStream(this.remoteStream);
    });
    this.pc.addEventListener('connectionstatechange', () => this.onConnectionState());
    if (options.role === 'offerer') this.prepareOffer();
  }

  get peerId() {
    return this.options.peerId;
  }

  get remote() {
    return this.options.remote;
  }

  private send(kind: MediaSignal['kind'], payload: Record<string, unknown>) {
    return this.options.signalling.send(this.options.remote, this.options.peerId, kind, payload);
  }

  private setState(state: LinkState) {
    if (this.state === state || this.closed) return;
    this.state = state;
    this.options.onState(state);
  }

  private prepareOffer() {
    const { localStream, audioOnly } = this.options;
    const sent = new Set<string>();
    for (const track of localStream?.getTracks() ?? []) {
      if (audioOnly && track.kind === 'video') continue;
      this.pc.addTransceiver(track, { direction: 'sendrecv', streams: [localStream!] });
      sent.add(track.kind);
    }
    for (const kind of audioOnly ? ['audio'] : ['audio', 'video']) {
      if (!sent.has(kind)) this.pc.addTransceiver(kind, { direction: 'recvonly' });
    }
    this.pc.addEventListener('negotiationneeded', () => void this.offer());
  }

  private async offer() {
    try {
      await this.pc.setLocalDescription();
      const description = this.pc.localDescription;
      if (description) await this.send('offer', { type: description.type, sdp: description.sdp });
    } catch {
      this.setState('failed');
    }
  }

  /** A signal of this link's peerId. */
  async handle(signal: MediaSignal) {
    if (this.closed) return;
    const payload = signal.payload as Record<string, unknown>;
    switch (signal.kind) {
      case 'offer':
        await this.pc.setRemoteDescription({ type: 'offer', sdp: String(payload.sdp) });
        this.attachLocalTracks();
        await this.flushCandidates();
        await this.pc.setLocalDescription();
        if (this.pc.localDescription)
          await this.send('answer', { type: 'answer', sdp: this.pc.localDescription.sdp });
        return;
      case 'answer':
        if (this.pc.signalingState !== 'have-local-offer') return;
        await this.pc.setRemoteDescription({ type: 'answer', sdp: String(payload.sdp) });
        await this.flushCandidates();
        return;
      case 'candidate': {
        const candidate = payload.candidate as RTCIceCandidateInit;
        if (!this.pc.remoteDescription) this.pendingCandidates.push(candidate);
        else await this.pc.addIceCandidate(candidate).catch(() => undefined);
        return;
      }
      case 'restart':
        if (this.options.role === 'offerer') this.pc.restartIce();
        return;
      case 'bye':
        this.close(false);
        return;
    }
  }

  /**
   * The host sends on the transceivers the guest's offer made (no new m-lines, no new offer). Always
   * `sendrecv`: the answer then sends one way to a viewer's receive-only offer, and both ways in an
   * interview (where the transceivers the offer made start `recvonly` too, so `sendonly` would stop
   * the interviewer receiving).
   */
  private attachLocalTracks() {
    const stream = this.options.localStream;
    if (!stream) return;
    for (const transceiver of this.pc.getTransceivers()) {
      const kind = transceiver.receiver.track.kind;
      const track = stream.getTracks().find((candidate) => candidate.kind === kind);
      if (!track || transceiver.sender.track) continue;
      transceiver.direction = 'sendrecv';
      void transceiver.sender.replaceTrack(track);
      transceiver.sender.setStreams?.(stream);
    }
  }

  /** Sends another camera or the screen instead (共享屏幕), without renegotiating. */
  replaceLocalStream(stream: MediaStream | null) {
    this.options.localStream = stream;
    for (const transceiver of this.pc.getTransceivers()) {
      const kind = transceiver.receiver.track.kind;
      const track = stream?.getTracks().find((candidate) => candidate.kind === kind) ?? null;
      void transceiver.sender.replaceTrack(track).catch(() => undefined);
    }
  }

  private async flushCandidates() {
    const queued = this.pendingCandidates;
    this.pendingCandidates = [];
    for (const candidate of queued) await this.pc.addIceCandidate(candidate).catch(() => undefined);
  }

  private onConnectionState() {
    const state = this.pc.connectionState;
    if (state === 'connected') {
      window.clearTimeout(this.failTimer);
      this.failTimer = undefined;
      this.wasConnected = true;
      this.setState('connected');
    } else if (state === 'disconnected' || state === 'failed') {
      this.restart();
    } else if (state === 'closed') {
      this.setState('closed');
    }
  }

  /** ICE restart (the network changed, the page came back): the guest offers anew, the host asks it to. */
  restart() {
    if (this.closed || this.pc.connectionState === 'connected') return;
    this.setState(this.wasConnected ? 'reconnecting' : 'connecting');
    if (this.options.role === 'offerer') this.pc.restartIce();
    else void this.send('restart', {});
    if (this.failTimer === undefined) {
      this.failTimer = window.setTimeout(() => {
        this.failTimer = undefined;
        if (this.pc.connectionState !== 'connected') this.setState('failed');
      }, RESTART_GRACE_MS);
    }
  }

  close(sayBye = true) {
    if (this.closed) return;
    if (sayBye) void this.send('bye', {});
    this.setState('closed');
    this.closed = true;
    window.clearTimeout(this.failTimer);
    this.pc.close();
  }
}

export function newPeerId(): string {
  return crypto.randomUUID();
}
