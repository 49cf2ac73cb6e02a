import type { FastifyInstance } from 'fastify';
import type { ListStore } from '../../lists/store.js';
import { ageInDays } from '../../lists/version.js';

/**
 * Liveness and freshness: the list version in force for every source and its age, so monitoring can
 * alert on a list that stopped updating (FATF expects freezes within hours of a UN listing).
 */
export function registerHealthRoutes(app: FastifyInstance, store: ListStore, startedAt: Date, staleAfterDays: number): void {
  app.get(
    '/health',
    { config: { public: true }, schema: { tags: ['health'], summary: 'Server status, and each list in force with its age (no key needed)', security: [] } },
    async () => {
      const now = new Date();
      const lists = [];
      for (const source of await store.sources()) {
        const v = await store.inForce(source);
        if (!v) continue;
        const age = ageInDays(v, now);
        lists.push({ source, hash: v.hash, generatedAt: v.generatedAt ?? null, importedAt: v.importedAt, ageDays: age, stale: age > staleAfterDays, parties: v.counts.parties });
      }
      return { status: 'ok', startedAt: startedAt.toISOString(), uptimeSeconds: Math.round((now.getTime() - startedAt.getTime()) / 1000), lists };
    },
  );
}
