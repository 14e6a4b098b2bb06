// One error shape for every failure: { error: { code, message } } in the user's language (R2);
// the right status; a 5xx never tells internals.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError } from '../../domain/errors.ts';
import {
  formatMessage,
  type Lang,
  type MessageCode,
  type MessageParams,
  requestedLang,
} from '../../i18n/index.ts';
import { validationMessage } from './validation.ts';

/** The HTTP status of a domain error code. */
export function statusFor(code: string): number {
  if (code.endsWith('.not_found') || code === 'calendar.unknown') return 404;
  if (code === 'auth.unauthenticated' || code === 'auth.invalid_credentials') return 401;
  if (code === 'auth.api_token_not_found') return 404;
  if (code === 'auth.email_taken' || code === 'setup.admin_already_exists') return 409;
  if (code.startsWith('auth.forbidden') || code === 'auth.csrf' || code === 'ticket.forbidden_action')
    return 403;
  if (
    code === 'ticket.not_authorized_contact' ||
    code === 'ticket.contract_not_valid' ||
    code === 'ticket.email_not_verified'
  )
    return 403;
  if (code === 'db.data_dir_locked') return 503;
  if (
    code.endsWith('.version_conflict') ||
    code === 'ticket.illegal_transition' ||
    code === 'ticket.merge_closed' ||
    code.startsWith('ticket.dispute') ||
    code === 'ticket.no_open_dispute' ||
    code.endsWith('.already_exists') ||
    code.endsWith('.in_use')
  ) {
    return 409;
  }
  if (code.startsWith('auth.rate_limited')) return 429;
  if (code === 'attachment.too_large' || code.startsWith('upload.too_many')) return 413;
  if (code === 'upload.malformed' || code === 'request.invalid') return 400;
  if (code === 'attachment.ticket_closed') return 409;
  if (code === 'build.already_published') return 409;
  if (code === 'user.has_assigned_tickets') return 409;
  return 422;
}

// PostgreSQL refuses NUL and text it cannot encode (22P05, 22021) wherever a schema did not: the
// caller's input is at fault, not the server. Drizzle wraps the driver's error in `cause`.
const UNSTORABLE_TEXT = new Set(['22P05', '22021']);
function isUnstorableText(err: unknown): boolean {
  let e = err as { code?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 3; depth++) {
    if (typeof e.code === 'string' && UNSTORABLE_TEXT.has(e.code)) return true;
    e = e.cause as typeof e;
  }
  return false;
}

/**
 * The language of the response: what Accept-Language asks for (the portal sends its own), else the
 * user's setting, else Russian. The header comes first so that one account's integration may ask
 * for English while its owner reads the portal in Russian.
 */
export function langOf(request: FastifyRequest): Lang {
  const asked = requestedLang(request.headers['accept-language']);
  if (asked) return asked;
  const user = (request as { user?: { lang?: string } | null }).user;
  return user?.lang === 'en' ? 'en' : 'ru';
}

/** Sends the error envelope. */
export function sendError(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  details?: unknown,
) {
  return reply.code(status).send({ error: { code, message, ...(details ? { details } : {}) } });
}

/**
 * A request Node's parser refused before Fastify saw it (raw non-ASCII bytes in the address, a broken
 * header): the usual envelope, in Russian since no header can be trusted to say otherwise.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const body = JSON.stringify({
    error: { code: 'request.malformed', message: formatMessage('ru', 'request.malformed') },
  });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}

/** A body that cannot be read as text: the envelope's stable code, its status and its wording. */
class UnreadableBody extends Error {
  constructor(
    readonly status: 400 | 415,
    readonly code: 'request.bad_encoding' | 'request.unsupported_media_type',
    readonly text: MessageCode,
    readonly params: MessageParams,
  ) {
    super(code);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const CHARSET = /;\s*charset\s*=\s*(?:"([^"]*)"?|([^;\s]*))/i;
// Node ≥ 20.18.3 decodes windows-1252 (also what latin1, iso-8859-1 and ascii name) as ISO-8859-1,
// turning € and typographic quotes into C1 controls (nodejs/node#60888); its 0x80–0x9F per WHATWG.
const WINDOWS_1252_C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';
const decodeWindows1252 = (body: Buffer) =>
  body.toString('latin1').replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);

/**
 * The body's text in the charset its Content-Type declares (UTF-8 when none), as Node's full ICU
 * reads it (windows-1251, koi8-r, iso-8859-1 …). Bytes invalid in that charset are refused, never
 * replaced with U+FFFD: a text must not be stored other than as the user wrote it (R22).
 */
export function decodeBody(contentType: string | undefined, body: Buffer): string {
  const match = CHARSET.exec(contentType ?? '');
  const label = (match?.[1] ?? match?.[2] ?? '').trim();
  let decoder = UTF8;
  if (label !== '' && !/^utf-?8$/i.test(label)) {
    try {
      decoder = new TextDecoder(label, { fatal: true });
    } catch {
      const value = label.slice(0, 40);
      throw new UnreadableBody(415, 'request.unsupported_media_type', 'request.unsupported_charset', {
        value,
      });
    }
  }
  if (decoder.encoding === 'windows-1252') return decodeWindows1252(body);
  try {
    return decoder.decode(body);
  } catch {
    const value = decoder === UTF8 ? 'UTF-8' : label.slice(0, 40);
    throw new UnreadableBody(400, 'request.bad_encoding', 'request.bad_encoding', { value });
  }
}

export const errorsPlugin = fp(async (app: FastifyInstance) => {
  // Read as bytes (the body limit still applies) so that the declared charset decides the text.
  const json = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    // A call without a body sent as JSON (many clients do so for POST …/accept) has no body, not a broken one.
    if ((body as Buffer).length === 0) return done(null, undefined);
    let text: string;
    try {
      text = decodeBody(request.headers['content-type'], body as Buffer);
    } catch (err) {
      return done(err as Error, undefined);
    }
    json(request, text, done);
  });
  app.setErrorHandler((err: FastifyError | DomainError, request, reply) => {
    const lang = langOf(request);
    const t = (code: MessageCode, params = {}) => formatMessage(lang, code, params);
    if (err instanceof UnreadableBody) return sendError(reply, err.status, err.code, t(err.text, err.params));
    if (err instanceof DomainError) {
      const details =
        err.issues.length > 0
          ? err.issues.map((i) => ({
              path: i.path,
              code: i.code,
              message: formatMessage(lang, i.code, i.params),
            }))
          : undefined;
      const status = statusFor(err.code);
      // A refusal that says how long to wait says it to machines too.
      const minutes = Number(err.params.minutes);
      if (status === 429 && minutes > 0) reply.header('retry-after', String(minutes * 60));
      return sendError(reply, status, err.code, err.localize(lang), details);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        path: v.instancePath || '/',
        message: validationMessage(lang, v),
      }));
      const fields = details.map((d) => `${d.path}: ${d.message}`).join('; ');
      return sendError(reply, 400, 'request.invalid', t('request.invalid', { details: fields }), details);
    }
    const fe = err as FastifyError;
    if (
      fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      (fe.statusCode === 400 && fe instanceof SyntaxError)
    ) {
      return sendError(reply, 400, 'request.bad_json', t('request.bad_json'));
    }
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fe.statusCode === 413) {
      return sendError(reply, 413, 'request.too_large', t('request.too_large'));
    }
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || fe.statusCode === 415) {
      return sendError(reply, 415, 'request.unsupported_media_type', t('request.unsupported_media_type'));
    }
    if (fe.statusCode === 429)
      return sendError(reply, 429, 'request.rate_limited', t('request.rate_limited'));
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      return sendError(
        reply,
        fe.statusCode,
        'request.invalid',
        t('request.invalid', { details: fe.message }),
      );
    }
    if (isUnstorableText(err)) return sendError(reply, 400, 'request.bad_text', t('request.bad_text'));
    request.log.error({ err }, 'unhandled error');
    return sendError(reply, 500, 'internal', t('internal', { id: request.id }));
  });

  app.setNotFoundHandler((request, reply) => {
    const allowed = allowedMethods(request.server, request.url);
    if (allowed.length > 0) {
      reply.header('allow', allowed.join(', '));
      return sendError(
        reply,
        405,
        'request.method_not_allowed',
        formatMessage(langOf(request), 'request.method_not_allowed', {
          method: request.method,
          allowed: allowed.join(', '),
        }),
      );
    }
    return sendError(
      reply,
      404,
      'route.not_found',
      formatMessage(langOf(request), 'route.not_found', { value: request.url }),
    );
  });
});

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * The methods an existing address answers, for a 405 with `Allow` rather than a 404 that would say
 * the address does not exist. The portal's catch-all page route (a `*` parameter) does not count.
 */
function allowedMethods(app: FastifyInstance, url: string): string[] {
  const path = url.split('?', 1)[0] ?? '';
  return METHODS.filter((method) => {
    const route = app.findRoute({ method, url: path });
    return route !== null && !('*' in (route.params ?? {}));
  });
}
