import { catalogModule } from '../modules/catalog/index.ts';
import { interopModule } from '../modules/interop/index.ts';
import { identityModule } from '../modules/identity/index.ts';
import { knowledgeModule } from '../modules/knowledge/index.ts';
import { activitiesModule } from '../modules/activities/index.ts';
import { contactModule } from '../modules/contact/index.ts';
import type { JobDefinition } from '../platform/jobs/job-queue.ts';
import type { Action } from '../platform/authorization/actions.ts';
import type { AppModule, ModuleClients, ModuleDeps } from '../platform/module.ts';
import type { BuiltModule } from './app.ts';

/**
 * Every module of the product, in dependency order (a module's demo data may build on the ones
 * before it). Adding a module adds one line here.
 */
export const modules = [catalogModule, interopModule, identityModule, knowledgeModule, activitiesModule, contactModule] as const;

/** What page loaders find on their context: each module's use cases under its name. */
export type PageClients = ModuleClients<typeof modules>;

/** The one action catalogue: every module's actions, each name once. */
export function actionCatalogue(definitions: readonly Pick<AppModule, 'actions'>[] = modules): Action[] {
  const all = definitions.flatMap((m) => m.actions ?? []);
  const names = new Set<string>();
  for (const action of all) {
    if (names.has(action.name)) throw new Error(`Action ${action.name} is declared twice`);
    names.add(action.name);
  }
  return all;
}

/** Builds every module over the process's one pool, clock, job queue and outbox. */
export function buildModules(deps: Omit<ModuleDeps, 'actionCatalogue'>): BuiltModule[] {
  const catalogue = actionCatalogue();
  return modules.map((definition) => ({ definition, instance: definition.create({ ...deps, actionCatalogue: catalogue }) }));
}

/** Every job the modules declare, with the platform's own (mail delivery). */
export function jobDefinitions(built: readonly BuiltModule[], platform: readonly JobDefinition[]): JobDefinition[] {
  return [...platform, ...built.flatMap((m) => m.instance.jobs ?? [])];
}
