/** `target` with each method call counted through `count` (a repository: one call is one SQL statement). */
export function counting<T extends object>(target: T, count: () => void): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        count();
        return (value as (...a: unknown[]) => unknown).apply(object, args);
      };
    },
  });
}
