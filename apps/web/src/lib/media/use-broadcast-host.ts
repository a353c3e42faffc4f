import type { MediaSignal } from '@openrecruit/shared';
import { useEffect, useRef, useState } from 'react';
import { type LivekitSession, openLivekitSession } from './livekit-session';
import { mediaApi } from './media-api';
import { type LinkState, PeerLink } from './peer-link';
import { SignallingClient } from './signalling-client';

export interface BroadcastViewer {
  accountId: string;
  state: LinkState;
}

export interface BroadcastHost {
  provider: 'p2p' | 'livekit' | null;
  /** Peer-to-peer: each viewer's connection (LiveKit carries the viewers itself). */
  viewers: BroadcastViewer[];
  error: boolean;
}

/**
 * The presenter's side of a 直播宣讲: every viewer offers a connection and the presenter answers
 * each with the same camera or screen (peer-link.ts). Peer-to-peer, each viewer costs the
 * presenter's uplink one more stream (docs/decisions/020-media.md has the measured limit); with
 * LiveKit the presenter publishes once.
 */
export function useBroadcastHost(options: {
  sessionId: string | null;
  localStream: MediaStream | null;
  enabled: boolean;
}): BroadcastHost {
  const { sessionId, enabled } = options;
  const [provider, setProvider] = useState<BroadcastHost['provider']>(null);
  const [viewers, setViewers] = useState<BroadcastViewer[]>([]);
  const [error, setError] = useState(false);
  const localRef = useRef(options.localStream);
  const linksRef = useRef(new Map<string, PeerLink>());
  const livekitRef = useRef<LivekitSession | null>(null);
  localRef.current = options.localStream;

  useEffect(() => {
    if (!enabled || !sessionId) return;
    let stopped = false;
    let signalling: SignallingClient | null = null;
    const links = linksRef.current;
    const states = new Map<string, LinkState>();
    const publish = () => {
      if (!stopped) setViewers([...states].map(([accountId, state]) => ({ accountId, state })));
    };
    const run = async () => {
      const [config, join] = await Promise.all([
        mediaApi.config('employer'),
        mediaApi.join('employer', 'live', sessionId),
      ]);
      if (stopped) return;
      setProvider(config.provider);
      if (config.provider === 'livekit' && join.url && join.token) {
        livekitRef.current = await openLivekitSession(join, localRef.current, {
          onState: (state) => setError(state === 'failed'),
          onRemoteStream: () => {},
        });
        return;
      }
      const deliver = (signal: MediaSignal) => {
        const current = links.get(signal.from);
        if (current && current.peerId === signal.peerId) {
          void current.handle(signal).catch(() => undefined);
          if (signal.kind === 'bye') {
            links.delete(signal.from);
            states.delete(signal.from);
            publish();
          }
          return;
        }
        if (signal.kind !== 'offer') return;
        // A viewer's new connection (its first, a reload or a retry) replaces its old one.
        current?.close(false);
        const link: PeerLink = new PeerLink({
          signalling: signalling!,
          remote: signal.from,
          peerId: signal.peerId,
          iceServers: config.iceServers,
          role: 'answerer',
          localStream: localRef.current,
          onState: (state: LinkState) => {
            if (links.get(signal.from) !== link) return;
            if (state === 'closed') {
              links.delete(signal.from);
              states.delete(signal.from);
            } else states.set(signal.from, state);
            publish();
          },
          onRemoteStream: () => {},
        });
        links.set(signal.from, link);
        states.set(signal.from, 'connecting');
        publish();
        void link.handle(signal).catch(() => undefined);
      };
      signalling = new SignallingClient('employer', 'live', sessionId, deliver);
    };
    run().catch(() => {
      if (!stopped) setError(true);
    });
    return () => {
      stopped = true;
      for (const link of links.values()) link.close();
      links.clear();
      livekitRef.current?.close();
      livekitRef.current = null;
      signalling?.close();
      setViewers([]);
    };
  }, [sessionId, enabled]);

  useEffect(() => {
    for (const link of linksRef.current.values()) link.replaceLocalStream(options.localStream);
    void livekitRef.current?.replaceLocalStream(options.localStream);
  }, [options.localStream]);

  return { provider, viewers, error };
}
