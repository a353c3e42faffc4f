import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

// biome-ignore lint/suspicious/noExplicitAny: React.lazy's own bound, a component whatever its props
type AnyComponent = ComponentType<any>;

/**
 * A component loaded the first time it renders (React.lazy), from a module's named export. Each
 * page of an area is its own chunk this way, so a first visit downloads only the page it shows
 * (docs/decisions/014-web-chunks.md). Render it under a <Suspense>.
 */
export function lazyPage<Module extends Record<Name, AnyComponent>, Name extends keyof Module>(
  load: () => Promise<Module>,
  name: Name,
): LazyExoticComponent<Module[Name]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
