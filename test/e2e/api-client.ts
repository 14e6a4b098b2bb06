// A signed-in API client for the browser tests' setup (what is not the point of a test is done over
// HTTP): the session cookie and the CSRF token are kept like a browser keeps them.

/** An API answer that was not 2xx: the status and the server's error envelope. */
export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** One user's session against the server under test. */
export class ApiClient {
  private cookie = '';
  private csrf = '';

  constructor(readonly baseUrl: string) {}

  /** Signs in; throws ApiCallError on a refusal. */
  async login(email: string, password: string): Promise<{ id: string; role: string }> {
    const res = await this.send('POST', '/api/auth/login', { email, password });
    const session = res as { user: { id: string; role: string }; csrfToken: string };
    this.csrf = session.csrfToken;
    return session.user;
  }

  get<T>(path: string): Promise<T> {
    return this.send('GET', path) as Promise<T>;
  }

  post<T>(path: string, body: unknown = {}): Promise<T> {
    return this.send('POST', path, body) as Promise<T>;
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.send('PUT', path, body) as Promise<T>;
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.send('PATCH', path, body) as Promise<T>;
  }

  private async send(method: string, path: string, body?: unknown): Promise<unknown> {
    const headers: Record<string, string> = { 'accept-language': 'ru' };
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && this.csrf) headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.baseUrl + path, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('srok_session='));
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const text = await res.text();
    const json: unknown = text ? JSON.parse(text) : null;
    if (!res.ok) {
      const e = (json as { error?: { code?: string; message?: string } } | null)?.error;
      throw new ApiCallError(
        res.status,
        e?.code ?? 'http.error',
        `${method} ${path} → ${res.status} ${e?.code ?? ''}: ${e?.message ?? text.slice(0, 200)}`,
      );
    }
    return json;
  }
}
