import { useEffect, useState } from "react";
import { currentUser, logout } from "./api/endpoints.ts";
import type { User } from "./api/types.ts";
import { MapPage } from "./MapPage.tsx";
import { AddReportPage } from "./report/AddReportPage.tsx";
import { RegistriesPage } from "./registries/RegistriesPage.tsx";
import { ReviewPage } from "./review/ReviewPage.tsx";
import { Login } from "./ui/Login.tsx";
import { navigate, useLocation } from "./ui/router.ts";

const PAGES = [
  { path: "/", label: "Map" },
  { path: "/review", label: "Review" },
  { path: "/add", label: "Add report" },
  { path: "/registries", label: "Registries" },
] as const;

/** The app: a session check, the navigation bar and one page at a time. */
export function App() {
  const location = useLocation();
  const [user, setUser] = useState<User | null | undefined>(undefined);

  useEffect(() => {
    void currentUser().then(setUser);
  }, []);

  if (user === undefined)
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );
  if (user === null) return <Login onLogin={setUser} />;

  const page = PAGES.find((p) => p.path === location.path) ?? PAGES[0];
  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href="/" onClick={(e) => (e.preventDefault(), navigate("/", location.search))}>
          Sitrep
        </a>
        <nav aria-label="Main">
          {PAGES.map((p) => (
            <a
              key={p.path}
              href={p.path}
              aria-current={p === page ? "page" : undefined}
              onClick={(e) => {
                e.preventDefault();
                navigate(p.path, p.path === "/" ? "" : "");
              }}
            >
              {p.label}
            </a>
          ))}
        </nav>
        <span className="user">
          <span className="who">
            {user.name} <small>({user.role})</small>
          </span>
          <button type="button" className="link" onClick={() => void logout().then(() => setUser(null))}>
            Sign out
          </button>
        </span>
      </header>
      <main className="page" id="main">
        {page.path === "/" && <MapPage search={location.search} />}
        {page.path === "/review" && <ReviewPage search={location.search} />}
        {page.path === "/add" && <AddReportPage />}
        {page.path === "/registries" && <RegistriesPage />}
      </main>
    </div>
  );
}
