import type { Area } from '@openrecruit/shared';
import type { FastifyInstance, InjectOptions } from 'fastify';

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

/**
 * A browser-like client for app.inject: keeps each area's session cookie and CSRF token, and sends
 * the token on unsafe requests, as the web app does. `ip` sets the client address for throttling.
 */
export class TestClient {
  readonly cookies = new Map<string, string>();
  readonly csrf = new Map<Area, string>();

  constructor(
    private readonly app: FastifyInstance,
    readonly ip = '198.51.100.7',
  ) {}

  async request<T = any>(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const area = url.match(/^\/api\/(?:auth\/)?(seeker|employer|university|ops|centre)\b/)?.[1] as
      | Area
      | undefined;
    const csrf = area ? this.csrf.get(area) : undefined;
    const response = await this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
      headers: {
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
        ...headers,
      },
    });
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now()))
        this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const text = response.body;
    const parsed =
      text && response.headers['content-type']?.toString().includes('json') ? JSON.parse(text) : text;
    if (area && parsed && typeof parsed === 'object' && 'csrfToken' in parsed && parsed.csrfToken) {
      this.csrf.set(area, parsed.csrfToken);
    }
    return {
      status: response.statusCode,
      body: parsed as T,
      headers: response.headers,
    } satisfies TestResponse<T>;
  }

  get<T = any>(url: string, headers?: Record<string, string>) {
    return this.request<T>('GET', url, undefined, headers);
  }

  post<T = any>(url: string, body: unknown = {}, headers?: Record<string, string>) {
    return this.request<T>('POST', url, body, headers);
  }

  login(area: Area, account: string, password: string) {
    return this.post(`/api/auth/${area}/login`, { account, password });
  }
}
