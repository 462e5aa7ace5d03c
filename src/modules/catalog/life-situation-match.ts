import type { CategoryRef, LifeSituation, ServiceSummary } from './catalog.model.ts';

/**
 * Which services a life situation covers, the way its search link finds them: a service in one
 * of the situation's categories or any category under them, and for the situation's target group
 * when it has one. The municipality page groups by this, so a card's count and its search agree.
 */
export function groupBySituation<S extends Pick<ServiceSummary, 'categories' | 'targetGroups'>>(
  services: readonly S[],
  situations: readonly LifeSituation[],
  categories: readonly Pick<CategoryRef, 'code' | 'parentCode'>[],
): { situation: LifeSituation; services: S[] }[] {
  const children = new Map<string, string[]>();
  for (const c of categories) if (c.parentCode) children.set(c.parentCode, [...(children.get(c.parentCode) ?? []), c.code]);
  const below = (codes: readonly string[]): Set<string> => {
    const found = new Set<string>();
    const open = [...codes];
    while (open.length) {
      const code = open.pop()!;
      if (found.has(code)) continue;
      found.add(code);
      open.push(...(children.get(code) ?? []));
    }
    return found;
  };
  return situations.map((situation) => {
    const topics = below(situation.categories);
    const covered = services.filter(
      (s) => s.categories.some((c) => topics.has(c)) && (situation.targetGroup === null || s.targetGroups.includes(situation.targetGroup)),
    );
    return { situation, services: covered };
  });
}
