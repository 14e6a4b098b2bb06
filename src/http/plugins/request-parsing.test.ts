// Requests Fastify never gets to validate still get the error envelope: a body-less call sent as
// JSON is a call without a body, and a request line Node refuses answers in our shape.
import { connect } from 'node:net';
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { buildBareApp } from '../auth/test-support.ts';

/** Sends raw bytes to the listening app and returns the raw answer. */
async function rawRequest(port: number, bytes: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describeDatabases('request parsing', (suite) => {
  it('reads an empty body sent as application/json as no body', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    const empty = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expect(empty.statusCode).not.toBe(400);
    expect(empty.statusCode).toBeLessThan(500);
    // A broken body is still refused, and a poisoned one too.
    const broken = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(broken.json().error.code).toBe('request.bad_json');
    const poisoned = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"__proto__":{"admin":true},"email":"a@b.ru","password":"x"}',
    });
    expect(poisoned.statusCode).toBe(400);
    await app.close();
  });

  it('answers a request line with raw non-ASCII bytes with the error envelope', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const answer = await rawRequest(
      port,
      Buffer.from('GET /api/tickets?q=Вот логи HTTP/1.1\r\nHost: localhost\r\n\r\n', 'utf8'),
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    expect(body.error).toEqual({ code: 'request.malformed', message: expect.stringMatching(/[а-я]/) });
    await app.close();
  });
});
