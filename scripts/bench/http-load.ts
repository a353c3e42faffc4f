import http from 'node:http';

/** A keep-alive HTTP client for the server under test, on loopback, with the seeker's bearer token. */
export class BenchClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

  constructor(
    private readonly port: number,
    private token = '',
  ) {}

  authenticate(token: string) {
    this.token = token;
  }

  request<T = unknown>(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: this.port,
          method,
          path,
          agent: this.agent,
          headers: {
            ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
            ...(payload ? { 'content-type': 'application/json' } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: JSON.parse(Buffer.concat(chunks).toString() || 'null'),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  async get<T>(path: string): Promise<T> {
    const response = await this.request<T>('GET', path);
    if (response.status !== 200)
      throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  close() {
    this.agent.destroy();
  }
}

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
}

/** Runs `task` `count` times one after another; milliseconds per call. */
export async function measureLatency(task: () => Promise<unknown>, count: number): Promise<Latency> {
  await task(); // warm the plan and the cache once
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = process.hrtime.bigint();
    await task();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return percentiles(times);
}

/** Runs `task` `total` times with `concurrency` in flight; calls per second. */
export async function measureThroughput(task: () => Promise<unknown>, total: number, concurrency: number) {
  let started = 0;
  const worker = async () => {
    while (started < total) {
      started += 1;
      await task();
    }
  };
  const begun = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return total / (Number(process.hrtime.bigint() - begun) / 1e9);
}

export function percentiles(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}
