// drizzle-kit: `npx drizzle-kit generate` diffs src/db/schema.ts against the committed snapshots
// and writes the next SQL migration; it needs no live database.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
});
