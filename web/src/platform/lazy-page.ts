import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/**
 * A page loaded when first opened (its own JS chunk), so the first load carries only the shell and the page asked for.
 * Pages are named exports; `lazy` wants a default one.
 */
// biome-ignore lint/suspicious/noExplicitAny: a page's props are its own; lazy() is typed over ComponentType<any>
export function lazyPage<M extends Record<K, ComponentType<any>>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
