// The three HTTP loads of the API bench, driven by autocannon in this process against the server
// in another: filing tickets as the customer's representative, the queue's first page and one
// ticket as the engineer. Every call carries a Bearer API token, so no CSRF token is needed.
import autocannon from 'autocannon';

export type LoadKey = 'file' | 'queue' | 'ticket';

export const LOAD_LABELS: Record<LoadKey, string> = {
  file: 'POST /api/tickets (customer)',
  queue: 'GET /api/tickets?limit=50 (engineer)',
  ticket: 'GET /api/tickets/{number} (engineer)',
};

export interface LoadSpec {
  key: LoadKey;
  baseUrl: string;
  connections: number;
  durationS: number;
  warmupS: number;
  /** Bearer tokens of authorized representatives, used in turn (the ticket API limits per user). */
  customerTokens: readonly string[];
  /** Bearer tokens of engineers, used in turn. */
  engineerTokens: readonly string[];
  ticketNumbers: readonly number[];
  /** CPU milliseconds so far, by process group; read when the measured part starts and after it settles. */
  meter?: () => Record<string, number>;
  /** How long to let trailing work (notices) finish before the meter's second reading. */
  settleMs?: number;
}

export interface LoadResult {
  key: LoadKey;
  durationS: number;
  completed: number;
  reqPerSec: number;
  /** 2xx answers per second. */
  okPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Status code → count, non-2xx only. */
  nonOkCodes: Record<string, number>;
  /** The first non-2xx answer seen, shortened. */
  firstNonOk?: string;
  /** CPU milliseconds per completed request, by process group (server, postgres), with the work that trails it. */
  cpuMsPerRequest?: Record<string, number>;
}

const DESCRIPTION =
  'При сохранении карточки договора в модуле «Документы» сервер отвечает 500; журнал приложен.';

/** Cycles through `items`, one per call. */
function cycle<T>(items: readonly T[]): () => T {
  if (items.length === 0) throw new Error('nothing to cycle through');
  let i = 0;
  return () => items[i++ % items.length]!;
}

function requestsFor(spec: LoadSpec, onAnswer: (status: number, body: string) => void): autocannon.Request[] {
  const onResponse = (status: number, body: string) => onAnswer(status, body);
  const customer = cycle(spec.customerTokens);
  const engineer = cycle(spec.engineerTokens);
  const auth = (req: autocannon.Request, token: string) => ({
    ...req.headers,
    authorization: `Bearer ${token}`,
  });
  switch (spec.key) {
    case 'file': {
      let n = 0;
      return [
        {
          method: 'POST',
          path: '/api/tickets',
          headers: { 'content-type': 'application/json' },
          setupRequest: (req) => {
            n++;
            return {
              ...req,
              headers: auth(req, customer()),
              body: JSON.stringify({
                type: 'incident',
                priority: 'normal',
                subject: `Нагрузочный тест: не сохраняется документ ${n}`,
                description: DESCRIPTION,
              }),
            };
          },
          onResponse,
        },
      ];
    }
    case 'queue':
      return [
        {
          method: 'GET',
          path: '/api/tickets?limit=50',
          setupRequest: (req) => ({ ...req, headers: auth(req, engineer()) }),
          onResponse,
        },
      ];
    case 'ticket': {
      const number = cycle(spec.ticketNumbers);
      return [
        {
          method: 'GET',
          setupRequest: (req) => ({
            ...req,
            path: `/api/tickets/${number()}`,
            headers: auth(req, engineer()),
          }),
          onResponse,
        },
      ];
    }
  }
}

/** One load: an untimed warm-up, then `durationS` seconds at `connections` concurrent connections. */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  let firstNonOk: string | undefined;
  let measuring = spec.warmupS <= 0;
  const onAnswer = (status: number, body: string) => {
    if (measuring && firstNonOk === undefined && (status < 200 || status > 299)) {
      firstNonOk = `${status} ${body.replace(/\s+/g, ' ').slice(0, 200)}`;
    }
  };
  const base = { url: spec.baseUrl, connections: spec.connections, timeout: 30 };
  if (spec.warmupS > 0) {
    await autocannon({ ...base, duration: spec.warmupS, requests: requestsFor(spec, onAnswer) });
    measuring = true;
  }
  const before = spec.meter?.();
  const r = await autocannon({
    ...base,
    title: spec.key,
    duration: spec.durationS,
    requests: requestsFor(spec, onAnswer),
  });
  let cpuMsPerRequest: Record<string, number> | undefined;
  if (spec.meter && before) {
    await new Promise((resolve) => setTimeout(resolve, spec.settleMs ?? 0));
    const after = spec.meter();
    const n = Math.max(1, r.requests.total);
    cpuMsPerRequest = Object.fromEntries(
      Object.entries(after).map(([k, v]) => [k, (v - (before[k] ?? 0)) / n]),
    );
  }
  const nonOkCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(r.statusCodeStats)) {
    if (!code.startsWith('2')) nonOkCodes[code] = count;
  }
  const completed = r.requests.total;
  return {
    key: spec.key,
    durationS: r.duration,
    completed,
    reqPerSec: r.duration > 0 ? completed / r.duration : 0,
    okPerSec: r.duration > 0 ? r['2xx'] / r.duration : 0,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    nonOkCodes,
    ...(firstNonOk === undefined ? {} : { firstNonOk }),
    ...(cpuMsPerRequest ? { cpuMsPerRequest } : {}),
  };
}

/** A quick single call of the load's request: its status, the start of its body and what it holds. */
export async function probe(spec: LoadSpec): Promise<{ status: number; body: string; summary: string }> {
  const [req] = requestsFor(spec, () => {});
  const built = req?.setupRequest ? req.setupRequest({ ...req }, {}) : req;
  if (!built) throw new Error('no request to probe');
  const res = await fetch(`${spec.baseUrl}${built.path}`, {
    method: built.method ?? 'GET',
    headers: built.headers ?? {},
    ...(built.body === undefined ? {} : { body: built.body }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  let summary = `${text.length} bytes`;
  try {
    const json = JSON.parse(text) as { items?: unknown; number?: unknown };
    if (Array.isArray(json.items)) summary += `, ${json.items.length} items`;
    else if (typeof json.number === 'number') summary += `, ticket ${json.number}`;
  } catch {
    // not JSON
  }
  return { status: res.status, body: text.replace(/\s+/g, ' ').slice(0, 200), summary };
}
