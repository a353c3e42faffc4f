import { EventEmitter } from 'node:events';
import type pg from 'pg';

/**
 * Live updates (new replies, interview notices, notifications) travel as small events on topics
 * such as `account:<id>`. Events carry ids and a type, never personal data: the client refetches.
 */
export interface BusEvent {
  topic: string;
  type: string;
  data?: Record<string, unknown>;
}

export interface EventBus {
  publish(event: BusEvent): Promise<void>;
  /** Returns the function that unsubscribes. */
  subscribe(topic: string, handler: (event: BusEvent) => void): () => void;
  close(): Promise<void>;
}

/** The embedded default: one process, so an EventEmitter is the bus. */
export class InProcessEventBus implements EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(event: BusEvent) {
    this.emitter.emit(event.topic, event);
  }

  subscribe(topic: string, handler: (event: BusEvent) => void) {
    this.emitter.on(topic, handler);
    return () => {
      this.emitter.off(topic, handler);
    };
  }

  async close() {
    this.emitter.removeAllListeners();
  }
}

const CHANNEL = 'openrecruit_events';

/**
 * Several API instances on one PostgreSQL: publish with pg_notify, and every instance LISTENs on
 * one dedicated connection and hands events to its own subscribers. A lost connection reconnects.
 */
export class PostgresEventBus implements EventBus {
  private readonly local = new InProcessEventBus();
  private listener: pg.PoolClient | undefined;
  private closed = false;

  private constructor(private readonly pool: pg.Pool) {}

  static async start(pool: pg.Pool, onError: (error: unknown) => void): Promise<PostgresEventBus> {
    const bus = new PostgresEventBus(pool);
    await bus.listen(onError);
    return bus;
  }

  private async listen(onError: (error: unknown) => void) {
    const client = await this.pool.connect();
    this.listener = client;
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        void this.local.publish(JSON.parse(message.payload) as BusEvent);
      } catch (error) {
        onError(error);
      }
    });
    client.on('error', (error) => {
      onError(error);
      client.release(true);
      if (!this.closed) setTimeout(() => this.listen(onError).catch(onError), 1000);
    });
    await client.query(`LISTEN ${CHANNEL}`);
  }

  async publish(event: BusEvent) {
    // NOTIFY payloads are limited to 8000 bytes: events carry ids only.
    await this.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(event)]);
  }

  subscribe(topic: string, handler: (event: BusEvent) => void) {
    return this.local.subscribe(topic, handler);
  }

  async close() {
    this.closed = true;
    if (this.listener) {
      await this.listener.query(`UNLISTEN ${CHANNEL}`).catch(() => undefined);
      this.listener.release();
    }
    await this.local.close();
  }
}
