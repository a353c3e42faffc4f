export type Medium = 'video' | 'audio' | 'none';

/** What a remote stream actually carries now: a live, unmuted video track, else audio, else nothing. */
export function mediumOf(stream: MediaStream | null): Medium {
  if (!stream) return 'none';
  const live = (kind: string) =>
    stream.getTracks().some((track) => track.kind === kind && track.readyState === 'live' && !track.muted);
  if (live('video')) return 'video';
  if (live('audio')) return 'audio';
  return 'none';
}

/** Calls back whenever a track of the stream is added, muted, unmuted or ends. */
export function watchTracks(stream: MediaStream, onChange: () => void): () => void {
  const watched = new Set<MediaStreamTrack>();
  const watch = (track: MediaStreamTrack) => {
    if (watched.has(track)) return;
    watched.add(track);
    track.addEventListener('mute', onChange);
    track.addEventListener('unmute', onChange);
    track.addEventListener('ended', onChange);
  };
  for (const track of stream.getTracks()) watch(track);
  const onAdd = (event: MediaStreamTrackEvent) => {
    watch(event.track);
    onChange();
  };
  stream.addEventListener('addtrack', onAdd);
  return () => {
    stream.removeEventListener('addtrack', onAdd);
    for (const track of watched) {
      track.removeEventListener('mute', onChange);
      track.removeEventListener('unmute', onChange);
      track.removeEventListener('ended', onChange);
    }
  };
}
