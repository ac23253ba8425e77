import type { ControlActor, HolderOf } from "./types.js";

/** An actor of the registry, as far as holding territory goes. */
export interface RegistryActor {
  readonly id: string;
  readonly name: string;
  readonly parent: string | null;
  readonly side: string | null;
}

/** Parents followed at most, so that a loop in the registry cannot hang the model. */
const MAX_DEPTH = 16;

/** The id of a holder that is a side with no actor of its own in the registry. */
export function sideHolderId(side: string): string {
  return `side:${side}`;
}

/**
 * Who holds territory for each actor, from the actor registry: control is held by one side, not by each of
 * its units. An actor counts as
 * 1. its side, when it or one of its ancestors (`parent`, `parent` of the parent…) has one: the registry
 *    actor whose id is the side's name, else the side itself (`side:NAME`);
 * 2. else the top of its chain of parents (a brigade its army's, the army its government's: the registry
 *    seeds each state's military and police as children of its government);
 * 3. else itself (an actor the registry does not know, or one with neither parent nor side).
 * Names come from the registry. A parent the registry does not have, or a loop, ends the chain.
 */
export function holderResolver(actors: Iterable<RegistryActor>): HolderOf {
  const byId = new Map<string, RegistryActor>();
  for (const actor of actors) byId.set(actor.id, actor);
  const resolved = new Map<string, ControlActor>();
  const holderOfId = (id: string): ControlActor | null => {
    const start = byId.get(id);
    if (!start) return null;
    let actor: RegistryActor = start;
    const seen = new Set<string>();
    for (let depth = 0; depth < MAX_DEPTH && !seen.has(actor.id); depth++) {
      seen.add(actor.id);
      if (actor.side) {
        const side = byId.get(actor.side);
        return side ? { id: side.id, name: side.name } : { id: sideHolderId(actor.side), name: actor.side };
      }
      const parent: RegistryActor | undefined = actor.parent ? byId.get(actor.parent) : undefined;
      if (!parent) break;
      actor = parent;
    }
    return { id: actor.id, name: actor.name };
  };
  return (actor) => {
    let holder = resolved.get(actor.id);
    if (!holder) {
      holder = holderOfId(actor.id) ?? { id: actor.id, name: actor.name };
      resolved.set(actor.id, holder);
    }
    return holder;
  };
}
