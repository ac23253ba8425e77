import { useEffect, useState } from "react";

/** The current path and query string. */
export interface Location {
  path: string;
  search: string;
}

const read = (): Location => ({ path: window.location.pathname, search: window.location.search });

/** Follows the browser's location (pushState, back and forward). */
export function useLocation(): Location {
  const [location, setLocation] = useState(read);
  useEffect(() => {
    const update = (): void => setLocation(read());
    window.addEventListener("popstate", update);
    window.addEventListener("sitrep:navigate", update);
    return () => {
      window.removeEventListener("popstate", update);
      window.removeEventListener("sitrep:navigate", update);
    };
  }, []);
  return location;
}

/** Goes to a path (and query string) without reloading; `replace` keeps history short for filter edits. */
export function navigate(path: string, search = "", replace = false): void {
  const url = `${path}${search}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
  window.dispatchEvent(new Event("sitrep:navigate"));
}

/** Sets or deletes query parameters of the current URL. */
export function setParams(changes: Record<string, string | null>, replace = true): void {
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === "") params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  navigate(window.location.pathname, text ? `?${text}` : "", replace);
}
