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

  const colors = useMemo(() => actorColors(actors, actorRanking(points)), [actors, points]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { points, actors, colors, loading, error, reload };
}

/** Actor ids by how many events they take part in, most first. */
function actorRanking(points: MapPoint[]): string[] {
  const counts = new Map<string, number>();
  for (const p of points) {
    if (p.actor1) counts.set(p.actor1, (counts.get(p.actor1) ?? 0) + 1);
    if (p.actor2) counts.set(p.actor2, (counts.get(p.actor2) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
}
