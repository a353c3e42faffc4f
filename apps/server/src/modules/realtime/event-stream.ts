import type { FastifyReply } from 'fastify';
import type { BusEvent, EventBus } from '../../lib/event-bus';

/** Proxies and load balancers drop a connection that stays silent for a minute or so. */
export const HEARTBEAT_MS = 25_000;

export interface OpenEventStreamOptions {
  events: EventBus;
  /** One topic, or several (the employer's stream: the HR person's and the company's). */
  topic: string | string[];
  /** Asked at every heartbeat: the stream ends once the session has ended (logout, password change). */
  stillAuthorised: () => Promise<boolean>;
  heartbeatMs?: number;
}

/** One Server-Sent Events frame. Event data carries ids only (lib/event-bus.ts), as one JSON line. */
export function formatServerSentEvent(event: Pick<BusEvent, 'type' | 'data'>): string {
  const type = event.type.replace(/[\r\n]/g, '');
  return `event: ${type}\ndata: ${JSON.stringify(event.data ?? {})}\n\n`;
}

/**
 * Takes the response over from Fastify (reply.hijack: no serializer, no onSend) and keeps it open,
 * writing every event of `topic` until the client disconnects or `close()` is called. Returns
 * `close`, which ends the stream; it is also what runs when the client goes away.
 */
export function openEventStream(reply: FastifyReply, options: OpenEventStreamOptions): () => void {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    // nginx buffers proxied responses unless told not to; the events would arrive in batches.
    'x-accel-buffering': 'no',
  });
  let closed = false;
  const write = (chunk: string) => {
    if (!raw.destroyed && !raw.writableEnded) raw.write(chunk);
  };

  const topics = Array.isArray(options.topic) ? options.topic : [options.topic];
  const unsubscribers = topics.map((topic) =>
    options.events.subscribe(topic, (event) => write(formatServerSentEvent(event))),
  );
  const unsubscribe = () => {
    for (const stop of unsubscribers) stop();
  };
  const heartbeat = setInterval(() => {
    options.stillAuthorised().then(
      (authorised) => (authorised ? write(': heartbeat\n\n') : close()),
      () => write(': heartbeat\n\n'),
    );
  }, options.heartbeatMs ?? HEARTBEAT_MS);
  heartbeat.unref();

  function close() {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    unsubscribe();
    if (!raw.writableEnded) raw.end();
  }
  // The response's 'close' fires when the client disconnects (the request's fires once it is read).
  raw.on('close', close);
  // The client reconnects after 5 s when the stream breaks; the comment tells it the stream is live.
  write('retry: 5000\n: connected\n\n');
  return close;
}
