/** Loading another checkout's engine by path, for the scripts that compare engines (bench/ab-setup.ts re-exports it). */
/**
 * Another checkout's MatchEngine and parseQuery, imported by path. Typed by the caller (`E`, the
 * engine surface it uses), since the other tree's types may differ from this one's.
 */
export async function loadEngineFrom<E>(tree: string): Promise<{ MatchEngine: { build(parties: unknown, meta: unknown): E }; parseQuery: (raw: unknown) => unknown }> {
  // A tree written `<dir>#dist` is loaded from its tsc build (dist/), the JavaScript the CLI and the
  // server run, instead of its sources through tsx (whose keepNames wraps named closures).
  const built = tree.endsWith('#dist');
  const dir = built ? tree.slice(0, -'#dist'.length) : tree;
  const path = (module: string) => (built ? `${dir}/dist/matching/${module}.js` : `${dir}/src/matching/${module}.ts`);
  const engine = (await import(path('engine'))) as { MatchEngine: { build(parties: unknown, meta: unknown): E } };
  const query = (await import(path('query'))) as { parseQuery: (raw: unknown) => unknown };
  return { MatchEngine: engine.MatchEngine, parseQuery: query.parseQuery };
}
