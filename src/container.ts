import type { ContainerType, ResolverData } from 'type-graphql';

type Class<T = unknown> = abstract new (...args: never[]) => T;

/** The small `get(cls)` container type-graphql asks for: instances are built once at start-up. */
export class Container implements ContainerType {
  private readonly instances = new Map<Class, unknown>();

  /** Registers the instance to hand out for `cls`. */
  set<T>(cls: Class<T>, instance: T): this {
    this.instances.set(cls, instance);
    return this;
  }

  get<T>(cls: Class<T>, _data?: ResolverData<object>): T {
    const instance = this.instances.get(cls);
    if (!instance) throw new Error(`Container has no instance of ${cls.name}`);
    return instance as T;
  }
}
