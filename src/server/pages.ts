import { existsSync } from 'node:fs';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { createRequestHandler, matchRoutes, type RouteObject, type ServerBuild } from 'react-router';
import { boundedMemo } from '../platform/bounded-memo.ts';
import type { PageContext } from './app.ts';

export const serverBuildPath = fileURLToPath(new URL('../../build/server/index.js', import.meta.url));

export interface PageHandler {
  (request: Request, context: PageContext): Promise<Response>;
  /** Whether the page at this path declares an action, i.e. accepts a form POST. */
  acceptsForm(pathname: string): boolean;
}

const MAX_REMEMBERED_PATHS = 10_000;

/** The React Router build, or null when `npm run build` has not been run. */
export async function loadPageHandler(): Promise<PageHandler | null> {
  if (!existsSync(serverBuildPath)) return null;
  const build = (await import(pathToFileURL(serverBuildPath).href)) as ServerBuild;
  const handle = createRequestHandler(build, 'production');
  const routes = routeTree(build);
  const handler = ((request, context) => handle(request, context)) as PageHandler;
  // matchRoutes ranks every route of the tree on each call (1.3 ms a form post); the answer for
  // a path never changes while the build runs, and posts repeat the same few paths.
  handler.acceptsForm = boundedMemo(MAX_REMEMBERED_PATHS, (pathname: string) => {
    const leaf = matchRoutes(routes, pathname)?.at(-1);
    return Boolean(leaf && build.routes[leaf.route.id!]?.module.action);
  });
  return handler;
}

/** The build's flat route manifest as the nested tree `matchRoutes` reads. */
function routeTree(build: ServerBuild): RouteObject[] {
  const byParent = new Map<string | undefined, RouteObject[]>();
  for (const route of Object.values(build.routes)) {
    if (!route) continue;
    const node = (route.index ? { id: route.id, index: true } : { id: route.id, path: route.path, children: [] }) as RouteObject;
    byParent.set(route.parentId, [...(byParent.get(route.parentId) ?? []), node]);
  }
  const attach = (nodes: RouteObject[]): RouteObject[] =>
    nodes.map((node) => (node.index ? node : { ...node, children: attach(byParent.get(node.id) ?? []) }) as RouteObject);
  return attach(byParent.get(undefined) ?? []);
}
