import { useEffect, useState } from "react";
import { currentUser, logout } from "./api/endpoints.ts";
import type { User } from "./api/types.ts";
import { MapPage } from "./MapPage.tsx";
import { AddReportPage } from "./report/AddReportPage.tsx";
import { RegistriesPage } from "./registries/RegistriesPage.tsx";
import { ReviewPage } from "./review/ReviewPage.tsx";
import { Login } from "./ui/Login.tsx";
import { navigate, useLocation } from "./ui/router.ts";

/** The pages; all but the map need a signed-in user (anonymous readers see confirmed events only). */
const PAGES = [
  { path: "/", label: "Map", signedIn: false },
  { path: "/review", label: "Review", signedIn: true },
  { path: "/add", label: "Add report", signedIn: true },
  { path: "/registries", label: "Registries", signedIn: true },
] as const;

/** Where the sign-in form lives; `?next=` is the page to go back to. */
const LOGIN = "/login";

/** The app: a session check, the navigation bar and one page at a time. */
export function App() {
  const location = useLocation();
  const [user, setUser] = useState<User | null | undefined>(undefined);

  useEffect(() => {
    void currentUser().then(setUser);
  }, []);
  // Signed in already: the sign-in address leads to the map.
  useEffect(() => {}, [user, location.path]);

  if (user === undefined)
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );

  const asked = PAGES.find((p) => p.path === location.path);
  const signingIn = !user && (location.path === LOGIN || asked?.signedIn === true);
  if (signingIn) {
    const next = location.path === LOGIN ? (new URLSearchParams(location.search).get("next") ?? "/") : null;
    return (
      <Login
        reason={asked ? `Sign in to open ${asked.label}.` : null}
        onLogin={(signed) => {
          setUser(signed);
          // Only a path of this app: `next` comes from the URL, so never an address elsewhere.
          if (next !== null) navigate(next.startsWith("/") && !next.startsWith("//") ? next : "/");
        }}
        onCancel={() => navigate("/")}
      />
    );
  }

  const page = asked ?? PAGES[0];
  const shown = PAGES.filter((p) => user || !p.signedIn);
  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href="/" onClick={(e) => (e.preventDefault(), navigate("/", location.search))}>
          Sitrep
        </a>
        <nav aria-label="Main">
          {shown.map((p) => (
            <a
              key={p.path}
              href={p.path}
              aria-current={p === page ? "page" : undefined}
              onClick={(e) => {
                e.preventDefault();
                navigate(p.path);
              }}
            >
              {p.label}
            </a>
          ))}
        </nav>
        <span className="user">
          {user ? (
            <>
              <span className="who">
                {user.name} <small>({user.role})</small>
              </span>
              <button type="button" className="link" onClick={() => void logout().then(() => setUser(null))}>
                Sign out
              </button>
            </>
          ) : (
            <a
              href={`${LOGIN}?next=${encodeURIComponent(location.path + location.search)}`}
              onClick={(e) => {
                e.preventDefault();
                navigate(LOGIN, `?next=${encodeURIComponent(location.path + location.search)}`);
              }}
            >
              Sign in
            </a>
          )}
        </span>
      </header>
      {/* Keyed by the user: signing in or out reloads the page's data for what they may see. */}
      <main className="page" id="main" key={user ? `user-${user.name}` : "anonymous"}>
        {page.path === "/" && <MapPage search={location.search} user={user} />}
        {page.path === "/review" && <ReviewPage search={location.search} />}
        {page.path === "/add" && <AddReportPage />}
        {page.path === "/registries" && <RegistriesPage />}
      </main>
    </div>
  );
}
