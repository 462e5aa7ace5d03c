import { existsSync } from 'node:fs';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { createRequestHandler, type ServerBuild } from 'react-router';
import type { PageHandler } from './app.ts';

export const serverBuildPath = fileURLToPath(new URL('../../build/server/index.js', import.meta.url));

/** The React Router build, or null when `npm run build` has not been run. */
export async function loadPageHandler(): Promise<PageHandler | null> {
  if (!existsSync(serverBuildPath)) return null;
  const build = (await import(pathToFileURL(serverBuildPath).href)) as ServerBuild;
  const handle = createRequestHandler(build, 'production');
  return (request, context) => handle(request, context);
}
