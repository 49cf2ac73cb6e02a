import { Type } from 'typebox';
import type { FastifyInstance } from 'fastify';
import { diffLists } from '../../lists/diff.js';
import type { ListStore } from '../../lists/store.js';
import { ageInDays, versionInForce } from '../../lists/version.js';
import { HttpError } from '../errors.js';

/** Read-only list routes: versions with the one in force, diffs between versions, a party by reference. */
export function registerListRoutes(app: FastifyInstance, store: ListStore): void {
  app.get(
    '/lists/versions',
    { config: { permission: 'lists:read' }, schema: { tags: ['lists'], summary: 'Every imported list version, the one in force for each list, and its age in days' } },
    async () => {
      const versions = await store.versions();
      const now = new Date();
      return versions.map((v) => ({ ...v, inForce: versionInForce(versions, v.source)?.hash === v.hash, ageDays: ageInDays(v, now) }));
    },
  );

  app.get(
    '/lists/diff',
    {
      config: { permission: 'lists:read' },
      schema: {
        tags: ['lists'],
        summary: 'Parties added, removed and amended (with the fields that changed) between two versions',
        querystring: Type.Object({
          old: Type.String({ minLength: 2, maxLength: 64, description: 'version hash prefix, or a list name for its version in force' }),
          new: Type.String({ minLength: 2, maxLength: 64, description: 'version hash prefix, or a list name for its version in force' }),
        }),
      },
    },
    async (request) => {
      const { old: oldSpec, new: newSpec } = request.query as { old: string; new: string };
      const a = await store.resolve(oldSpec);
      const b = await store.resolve(newSpec);
      if (!a) throw new HttpError(404, `old: no list version "${oldSpec}"`);
      if (!b) throw new HttpError(404, `new: no list version "${newSpec}"`);
      const diff = diffLists((await store.load(a)).parties, (await store.load(b)).parties);
      return { old: { hash: a.hash, source: a.source, generatedAt: a.generatedAt }, new: { hash: b.hash, source: b.source, generatedAt: b.generatedAt }, ...diff };
    },
  );

  app.get(
    '/lists/parties/:ref',
    {
      config: { permission: 'lists:read' },
      schema: {
        tags: ['lists'],
        summary: 'A listed party by reference number (e.g. QDi.001), from every list in force',
        params: Type.Object({ ref: Type.String({ minLength: 1, maxLength: 64 }) }),
      },
    },
    async (request) => {
      const ref = (request.params as { ref: string }).ref.toLowerCase();
      const hits = [];
      for (const source of await store.sources()) {
        const v = await store.inForce(source);
        if (!v) continue;
        for (const p of (await store.load(v)).parties) if (p.referenceNumber.toLowerCase() === ref) hits.push({ version: v.hash, party: p });
      }
      if (hits.length === 0) throw new HttpError(404, `no listed party with reference "${(request.params as { ref: string }).ref}"`);
      return hits;
    },
  );
}
