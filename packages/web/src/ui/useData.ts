import { useCallback, useEffect, useMemo, useState } from "react";
import { listActors, mapPoints } from "../api/endpoints.ts";
import type { Actor, MapPoint } from "../api/types.ts";
import { actorColors } from "../map/colors.ts";

/** The map's data: every located event as a point, the actor registry and its colours. */
export interface MapData {
  points: MapPoint[];
  actors: Actor[];
  colors: Map<string, string>;
  loading: boolean;
  error: string | null;
  reload: () => void;
}

/** Loads map points and actors once, and again on `reload()`. */
export function useMapData(): MapData {
  const [points, setPoints] = useState<MapPoint[]>([]);
  const [actors, setActors] = useState<Actor[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    setLoading(true);
    Promise.all([mapPoints(), listActors().catch(() => [])])
      .then(([p, a]) => {
        if (!live) return;
        performance.mark("sitrep:points-loaded");
        setPoints(p);
        setActors(a);
        setError(null);
      })
      .catch((err: unknown) => live && setError(err instanceof Error ? err.message : String(err)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [version]);

  const colors = useMemo(() => actorColors(actors), [actors]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { points, actors, colors, loading, error, reload };
}
