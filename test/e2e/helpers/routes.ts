import { call } from '../../helpers/server.js';

/**
 * Whether the server has a route. Some screens are built against APIs other parts of the project add
 * (reports, rule-pack alerts, monitoring statistics); their browser tests skip, naming the route, on
 * a server that answers "no route" for it, and run as soon as it is there.
 */
export async function missingRoute(baseUrl: string, key: string, method: string, path: string): Promise<string | null> {
  const r = await call(`${baseUrl}${path}`, method, method === 'GET' ? undefined : {}, { 'x-api-key': key });
  const noRoute = r.status === 404 && typeof r.json?.message === 'string' && /^no route /i.test(r.json.message);
  return noRoute ? `the server has no ${method} ${path.split('?')[0]} route yet` : null;
}
