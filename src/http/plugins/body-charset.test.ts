// A JSON body is read in the charset its Content-Type declares (UTF-8 when none): text sent in
// windows-1251 or koi8-r is stored as written, and bytes that cannot be read are refused, never
// replaced with U+FFFD (R22: nothing a user submitted is lost; R2: the refusal in their language).
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import { setUpTickets } from '../tickets/test-support.ts';

const MONDAY = msk('2026-11-23T10:00');

/** «Привет» in windows-1251, byte by byte, as QA sent it. */
const PRIVET_CP1251 = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);

/** `text` in a single-byte charset, through the inverse of its WHATWG decoding table. */
function encodeSingleByte(charset: string, text: string): Buffer {
  const table = new TextDecoder(charset).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  return Buffer.from(
    [...text].map((ch) => {
      const byte = table.indexOf(ch);
      if (byte < 0) throw new Error(`${ch} is not in ${charset}`);
      return byte;
    }),
  );
}

/** A filing body whose subject and description are raw bytes spliced into ASCII JSON. */
function filingBytes(subject: Buffer, description: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from('{"type":"incident","priority":"high","subject":"'),
    subject,
    Buffer.from('","description":"'),
    description,
    Buffer.from('"}'),
  ]);
}

describeDatabases('JSON body charset', (suite) => {
  const send = (
    t: Awaited<ReturnType<typeof setUpTickets>>,
    payload: Buffer,
    contentType: string,
    lang?: string,
  ) =>
    t.as.customer.request({
      method: 'POST',
      url: '/api/tickets',
      payload,
      headers: { 'content-type': contentType, ...(lang ? { 'accept-language': lang } : {}) },
    });

  it('R22: stores text sent in the declared charset exactly as written', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const cases: Array<[string, string, string]> = [
      ['application/json; charset=windows-1251', 'Привет', 'Ёлка, щётка и «кавычки» — №5'],
      ['application/json;charset=CP1251', 'Привет', 'Съешь же ещё этих мягких французских булок'],
      ['application/json; charset="koi8-r"', 'Привет', 'Жёлтый ёж'],
      ['application/json; charset=iso-8859-1', 'Grüße', 'Ça coûte 5 £, señor'],
      ['application/json; charset=latin1', 'Señor', 'Mañana à 10h'],
    ];
    for (const [contentType, subject, description] of cases) {
      const charset = /charset="?([^";]+)/i.exec(contentType)?.[1] ?? '';
      const body =
        subject === 'Привет' && /1251/.test(charset)
          ? filingBytes(PRIVET_CP1251, encodeSingleByte(charset, description))
          : filingBytes(encodeSingleByte(charset, subject), encodeSingleByte(charset, description));
      const res = await send(t, body, contentType);
      expect(res.statusCode, contentType).toBe(201);
      const page = await t.as.customer.request({ method: 'GET', url: `/api/tickets/${res.json().number}` });
      expect(page.json(), contentType).toMatchObject({ subject, description });
    }
  });

  it('R22: reads windows-1252 (what latin1 means to Windows) with its euro sign and typographic quotes', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    // «5 € – “naïve” ™», byte by byte in windows-1252: € 0x80, – 0x96, “ ” 0x93 0x94, ™ 0x99.
    const bytes = Buffer.from([
      0x35, 0x20, 0x80, 0x20, 0x96, 0x20, 0x93, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x94, 0x20, 0x99,
    ]);
    for (const charset of ['windows-1252', 'latin1', 'ISO-8859-1']) {
      const res = await send(t, filingBytes(bytes, Buffer.from('x')), `application/json; charset=${charset}`);
      expect(res.statusCode, charset).toBe(201);
      const page = await t.as.customer.request({ method: 'GET', url: `/api/tickets/${res.json().number}` });
      expect(page.json().subject, charset).toBe('5 € – “naïve” ™');
    }
  });

  it('reads UTF-8 when no charset is declared or it is declared in any spelling', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const body = filingBytes(Buffer.from('Привет 😀'), Buffer.from('Описание'));
    for (const contentType of [
      'application/json',
      'application/json; charset=utf-8',
      'application/json; charset="UTF-8"',
      'application/json; charset=utf8',
    ]) {
      const res = await send(t, body, contentType);
      expect(res.statusCode, contentType).toBe(201);
      const page = await t.as.customer.request({ method: 'GET', url: `/api/tickets/${res.json().number}` });
      expect(page.json().subject, contentType).toBe('Привет 😀');
    }
  });

  it('R22, R2: refuses bytes that are not valid UTF-8 with 400 request.bad_encoding instead of U+FFFD', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const before = await t.stored();
    const broken: Array<[string, Buffer]> = [
      ['application/json', PRIVET_CP1251], // windows-1251 sent without saying so
      ['application/json; charset=utf-8', PRIVET_CP1251],
      ['application/json', Buffer.from([0xd0, 0x9f, 0xd1])], // «П» and half of «р»
      ['application/json', Buffer.from([0xc0, 0xaf])], // an overlong «/»
      ['application/json', Buffer.from([0xed, 0xa0, 0x80])], // a surrogate encoded in UTF-8
    ];
    for (const [contentType, bytes] of broken) {
      const ru = await send(t, filingBytes(bytes, Buffer.from('x')), contentType);
      expect(ru.statusCode, contentType).toBe(400);
      expect(ru.json().error).toEqual({
        code: 'request.bad_encoding',
        message: expect.stringMatching(/^Тело запроса не читается в кодировке UTF-8.*charset=windows-1251/),
      });
      const en = await send(t, filingBytes(bytes, Buffer.from('x')), contentType, 'en');
      expect(en.json().error).toEqual({
        code: 'request.bad_encoding',
        message: expect.stringMatching(/^The request body is not valid UTF-8.*charset=windows-1251/),
      });
    }
    expect(await t.stored()).toEqual(before);
  });

  it('R2: refuses a charset it cannot read with 415 request.unsupported_media_type naming it', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const before = await t.stored();
    const body = filingBytes(Buffer.from('Привет'), Buffer.from('x'));
    for (const charset of ['klingon', 'iso-2022-kr', 'utf-7']) {
      const contentType = `application/json; charset=${charset}`;
      const ru = await send(t, body, contentType);
      expect(ru.statusCode, contentType).toBe(415);
      expect(ru.json().error).toEqual({
        code: 'request.unsupported_media_type',
        message: expect.stringMatching(/^Кодировка .* не поддерживается.*UTF-8/),
      });
      const en = await send(t, body, contentType, 'en');
      expect(en.json().error).toEqual({
        code: 'request.unsupported_media_type',
        message: expect.stringMatching(/^The charset .* is not supported.*UTF-8/),
      });
    }
    expect((await send(t, body, 'application/json; charset=klingon')).json().error.message).toContain(
      '«klingon»',
    );
    expect(await t.stored()).toEqual(before);
  });

  it('keeps the size limit for a body in a declared charset, and an empty body is still no body', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const huge = filingBytes(Buffer.alloc(1_100_000, 0xff), Buffer.from('x'));
    const tooLarge = await send(t, huge, 'application/json; charset=windows-1251');
    expect([tooLarge.statusCode, tooLarge.json().error.code]).toEqual([413, 'request.too_large']);
    const n = await t.file('own');
    const withdraw = await t.as.customer.request({
      method: 'POST',
      url: `/api/tickets/${n}/withdraw`,
      payload: '',
      headers: { 'content-type': 'application/json; charset=windows-1251' },
    });
    expect(withdraw.statusCode).toBeLessThan(300);
  });
});
