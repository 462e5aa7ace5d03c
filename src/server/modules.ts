import { catalogModule } from '../modules/catalog/index.ts';
import { interopModule } from '../modules/interop/index.ts';
import type { ModuleClients, ModuleDeps } from '../platform/module.ts';
import type { BuiltModule } from './app.ts';

/**
 * Every module of the product, in dependency order (a module's demo data may build on the ones
 * before it). Adding a module adds one line here.
 */
export const modules = [catalogModule, interopModule] as const;

/** What page loaders find on their context: each module's use cases under its name. */
export type PageClients = ModuleClients<typeof modules>;

/** Builds every module over the process's one pool and clock. */
export function buildModules(deps: ModuleDeps): BuiltModule[] {
  return modules.map((definition) => ({ definition, instance: definition.create(deps) }));
}
