import type { MediaSignal } from '@openrecruit/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type LivekitSession, openLivekitSession } from './livekit-session';
import { type MediaArea, type MediaSessionKind, mediaApi } from './media-api';
import { type LinkState, newPeerId, PeerLink } from './peer-link';
import { type Medium, mediumOf, watchTracks } from './remote-medium';
import { SignallingClient } from './signalling-client';

export type CallState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'failed';

export interface UseCallOptions {
  area: MediaArea;
  kind: MediaSessionKind;
  sessionId: string | null;
  localStream: MediaStream | null;
  enabled: boolean;
}

export interface CallHandle {
  state: CallState;
  remoteStream: MediaStream | null;
  medium: Medium;
  /** ms from enabled to the first remote track on a connected link, for the bench and the page. */
  setupMs: number | null;
  hangUp(): void;
}

/** Attempts before the call reports `failed`: full video, then audio only (the video fallback). */
const ATTEMPTS = 2;
/** A first connection that takes longer than this is an attempt that failed. */
const CONNECT_TIMEOUT_MS = 20_000;
/** The host gives up on a guest that neither comes back nor offers again. */
const HOST_WAIT_MS = 30_000;

/**
 * A one-to-one call in a media session: the guest (student, viewer) offers, the host (interviewer,
 * presenter) answers (peer-link.ts). A dropped connection restarts ICE, also when the page comes
 * back from the background or the network returns; a link that cannot recover is replaced, the
 * second time with audio only; after that the call is `failed` and the page offers the text interview.
 */
export function useCall(options: UseCallOptions): CallHandle {
  const { area, kind, sessionId, enabled } = options;
  const [state, setState] = useState<CallState>('idle');
  const [remoteStream, setRemoteStream] = useState<MediaStream | null>(null);
  const [medium, setMedium] = useState<Medium>('none');
  const [setupMs, setSetupMs] = useState<number | null>(null);
  const localRef = useRef(options.localStream);
  const linkRef = useRef<PeerLink | null>(null);
  const livekitRef = useRef<LivekitSession | null>(null);
  const hangUpRef = useRef<() => void>(() => {});

  localRef.current = options.localStream;

  useEffect(() => {
    if (!enabled || !sessionId) {
      setState('idle');
      return;
    }
    const started = performance.now();
    let stopped = false;
    let signalling: SignallingClient | null = null;
    let timer: number | undefined;
    let unwatch = () => {};
    let measured = false;
    setState('connecting');
    setSetupMs(null);

    const showRemote = (stream: MediaStream) => {
      setRemoteStream(stream);
      unwatch();
      unwatch = watchTracks(stream, () => setMedium(mediumOf(stream)));
      setMedium(mediumOf(stream));
    };
    const connected = () => {
      if (!measured && linkRef.current?.pc.getReceivers().some((receiver) => receiver.track)) {
        measured = true;
        setSetupMs(Math.round(performance.now() - started));
      }
    };
    const stop = () => {
      stopped = true;
      window.clearTimeout(timer);
      unwatch();
      linkRef.current?.close();
      linkRef.current = null;
      livekitRef.current?.close();
      livekitRef.current = null;
      signalling?.close();
    };
    hangUpRef.current = () => {
      stop();
      setState('idle');
    };

    const run = async () => {
      const [config, join] = await Promise.all([mediaApi.config(area), mediaApi.join(area, kind, sessionId)]);
      if (stopped) return;
      if (config.provider === 'livekit' && join.url && join.token) {
        livekitRef.current = await openLivekitSession(join, localRef.current, {
          onState: (next) => {
            if (!stopped) setState(next);
          },
          onRemoteStream: (stream) => {
            showRemote(stream);
            if (!measured) {
              measured = true;
              setSetupMs(Math.round(performance.now() - started));
            }
          },
        });
        return;
      }
      const onLinkState = (link: PeerLink, linkState: LinkState, attempt: number) => {
        if (stopped || linkRef.current !== link) return;
        window.clearTimeout(timer);
        if (linkState === 'connected') {
          setState('connected');
          connected();
        } else if (linkState === 'reconnecting' || linkState === 'connecting') {
          setState(linkState);
        } else if (linkState === 'failed' || linkState === 'closed') {
          if (join.role === 'guest') retry(attempt + 1);
          else {
            // The guest offers again when it can: wait for it for a while.
            setState('reconnecting');
            timer = window.setTimeout(() => setState('failed'), HOST_WAIT_MS);
          }
        }
      };
      const openLink = (remote: string, role: 'offerer' | 'answerer', peerId: string, attempt: number) => {
        linkRef.current?.close(role === 'offerer');
        const link: PeerLink = new PeerLink({
          signalling: signalling!,
          remote,
          peerId,
          iceServers: config.iceServers,
          role,
          localStream: localRef.current,
          audioOnly: attempt > 0,
          onState: (linkState) => onLinkState(link, linkState, attempt),
          onRemoteStream: showRemote,
        });
        linkRef.current = link;
        return link;
      };
      const retry = (attempt: number) => {
        if (attempt >= ATTEMPTS) {
          linkRef.current?.close();
          linkRef.current = null;
          setState('failed');
          return;
        }
        const remote = join.peers[0];
        if (!remote) {
          setState('failed');
          return;
        }
        setState(attempt === 0 ? 'connecting' : 'reconnecting');
        const link = openLink(remote, 'offerer', newPeerId(), attempt);
        timer = window.setTimeout(() => {
          if (linkRef.current === link && link.pc.connectionState !== 'connected') retry(attempt + 1);
        }, CONNECT_TIMEOUT_MS);
      };
      const deliver = (signal: MediaSignal) => {
        const link = linkRef.current;
        if (link && signal.peerId === link.peerId) {
          void link.handle(signal).catch(() => undefined);
        } else if (join.role === 'host' && signal.kind === 'offer') {
          // A new connection of the guest (its first, a reload, or its audio-only retry).
          void openLink(signal.from, 'answerer', signal.peerId, 0)
            .handle(signal)
            .catch(() => undefined);
        }
      };
      signalling = new SignallingClient(area, kind, sessionId, deliver);
      if (join.role === 'guest') retry(0);
    };
    run().catch(() => {
      if (!stopped) setState('failed');
    });

    // Back from the background or the network: read what was missed and restart ICE if it dropped.
    const revive = () => {
      if (document.visibilityState !== 'visible') return;
      void signalling?.read();
      linkRef.current?.restart();
    };
    document.addEventListener('visibilitychange', revive);
    window.addEventListener('online', revive);
    return () => {
      document.removeEventListener('visibilitychange', revive);
      window.removeEventListener('online', revive);
      stop();
    };
  }, [area, kind, sessionId, enabled]);

  // Another camera or the screen: the open link sends it without a new negotiation.
  useEffect(() => {
    linkRef.current?.replaceLocalStream(options.localStream);
    void livekitRef.current?.replaceLocalStream(options.localStream);
  }, [options.localStream]);

  const hangUp = useCallback(() => hangUpRef.current(), []);
  return { state, remoteStream, medium, setupMs, hangUp };
}
