import type { PageContext } from '../server/app.ts';

declare module 'react-router' {
  // Loaders reach the use cases through the context the server hands to React Router.
  interface AppLoadContext extends PageContext {}
}

export {};
