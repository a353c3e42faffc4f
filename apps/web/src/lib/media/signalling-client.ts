import type { MediaSignal, MediaSignalKind } from '@openrecruit/shared';
import { type MediaArea, type MediaSessionKind, mediaApi } from './media-api';
import { onMediaSignal } from './signal-announcer';

/** While the event stream is quiet, signals are still read this often (a lost event costs this delay). */
const POLL_MS = 2000;

/**
 * One session's signalling through the app: sends to a peer, and delivers each received signal
 * once (the server may deliver one twice: ids already seen are dropped).
 */
export class SignallingClient {
  private readonly seen = new Set<string>();
  private timer: number | undefined;
  private reading = false;
  private again = false;
  private stopped = false;
  private readonly unlisten: () => void;

  constructor(
    private readonly area: MediaArea,
    private readonly kind: MediaSessionKind,
    private readonly sessionId: string,
    private readonly deliver: (signal: MediaSignal) => void,
  ) {
    this.unlisten = onMediaSignal(() => void this.read());
    const tick = () => {
      void this.read();
      this.timer = window.setTimeout(tick, POLL_MS);
    };
    tick();
  }

  send(to: string, peerId: string, kind: MediaSignalKind, payload: Record<string, unknown>) {
    if (this.stopped) return Promise.resolve();
    return mediaApi.send(this.area, this.kind, this.sessionId, { to, peerId, kind, payload }).then(
      () => undefined,
      // A peer that left answers 404; the connection's own state reports the failure.
      () => undefined,
    );
  }

  /** Reads now (after an event, or when the page comes back). */
  async read(): Promise<void> {
    if (this.stopped) return;
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = true;
    try {
      const signals = await mediaApi.read(this.area, this.kind, this.sessionId);
      for (const signal of signals) {
        if (this.seen.has(signal.id)) continue;
        this.seen.add(signal.id);
        if (!this.stopped) this.deliver(signal);
      }
    } catch {
      // Offline or the session closed: the next poll tries again; the call's state tells the person.
    } finally {
      this.reading = false;
      if (this.again) {
        this.again = false;
        void this.read();
      }
    }
  }

  close() {
    this.stopped = true;
    window.clearTimeout(this.timer);
    this.unlisten();
  }
}
