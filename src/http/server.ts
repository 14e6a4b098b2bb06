// Entry point of `npm start`: config → app → listen; stops gracefully on SIGINT/SIGTERM.
import { loadConfig } from '../config.ts';
import { buildApp } from './app.ts';

const config = loadConfig();
const app = await buildApp({ probe: { database: async () => true }, logLevel: config.LOG_LEVEL });

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (err) => {
        app.log.error(err);
        process.exit(1);
      },
    );
  });
}

await app.listen({ port: config.PORT, host: config.HOST });
