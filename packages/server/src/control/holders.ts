import { holderResolver, type HolderOf } from "@sitrep/control";
import type { Store } from "@sitrep/store";

/**
 * Who holds territory for whom, from the actor registry (`holderResolver`: sides, then parents), read again
 * only when the registry's version changed. An edit that leaves every actor's holder as it was (an alias, a
 * colour) keeps the same resolver, so that no model recounts its timelines for it.
 */
export class RegistryHolders {
  private current: { version: string; table: string; holderOf: HolderOf } | null = null;

  constructor(private readonly store: Store) {}

  /** The resolver for the registry as it is now; the same object as long as no holder changed. */
  async holderOf(): Promise<HolderOf> {
    const { count, latest } = await this.store.actors.version();
    const version = `${count}@${latest ?? "-"}`;
    if (this.current?.version === version) return this.current.holderOf;
    const actors = await this.store.actors.list();
    const holderOf = holderResolver(actors);
    const table = actors
      .map((actor) => {
        const holder = holderOf(actor);
        return `${actor.id}>${holder.id}:${holder.name}`;
      })
      .join("\n");
    if (this.current?.table !== table) this.current = { version, table, holderOf };
    else this.current.version = version;
    return this.current.holderOf;
  }
}
