import { useState, type FormEvent } from "react";
import { login } from "../api/endpoints.ts";
import type { User } from "../api/types.ts";

/** Props: what to do once signed in, why sign-in is asked for, and how to go back to the map. */
export interface LoginProps {
  onLogin: (user: User) => void;
  reason?: string | null;
  onCancel?: () => void;
}

/** The sign-in screen. */
export function Login({ onLogin, reason, onCancel }: LoginProps) {
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = await login(name, password);
      if (user) onLogin(user);
      else setError("Signed in, but the server did not say who you are.");
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <form onSubmit={(e) => void submit(e)} aria-labelledby="login-title">
        <h1 id="login-title">Sitrep</h1>
        <p className="muted">
          {reason ?? "Conflict events from war reporting. Sign in to review, edit and add them."}
        </p>
        <label>
          User name
          <input
            name="name"
            autoComplete="username"
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            autoFocus
          />
        </label>
        <label>
          Password
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
        {onCancel && (
          <button type="button" className="link" onClick={onCancel}>
            Back to the map
          </button>
        )}
      </form>
    </main>
  );
}
