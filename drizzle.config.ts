import { defineConfig } from 'drizzle-kit';

// One schema, one migrations folder, for PGlite and PostgreSQL alike. `npm run db:generate` after
// changing src/store/schema/*; commit the generated SQL. Migrations run on every open
// (src/store/migrate.ts), never by hand.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/schema/index.ts',
  out: './src/store/migrations',
});
