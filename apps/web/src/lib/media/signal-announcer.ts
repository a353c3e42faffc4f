// The area's live-event stream (features/realtime) announces `media.signal`; the signalling
// clients of open calls hear it here and read their signals at once (they also poll, in case the
// stream is down), so a page opens no second EventSource.

const EVENT = 'openrecruit:media-signal';

/** Called by the realtime listeners for every `media.signal` event. */
export function announceMediaSignal(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(EVENT));
}

export function onMediaSignal(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
