import { markup, trusted, type Html } from "./html.js";

/** What every public page has: a title, its body, and optional extra head lines. */
export interface PageParts {
  title: string;
  body: Html;
  head?: Html;
  /** Shown at the top right: links for signed-in staff, or nothing. */
  nav?: Html;
}

// Inline, small, no web fonts: the page is usable before anything else loads, and on a phone.
const CSS = `
:root{color-scheme:light;--ink:#1d2327;--muted:#5b6770;--line:#dde3e8;--accent:#0b5cad;--bad:#a4161a;--warn:#8a5a00}
*{box-sizing:border-box}
body{margin:0;font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
a{color:var(--accent)}
.site{border-bottom:1px solid var(--line);padding:.6rem 1rem;display:flex;gap:1rem;align-items:baseline;flex-wrap:wrap}
.site .name{font-weight:700;text-decoration:none;color:var(--ink)}
.site nav{margin-left:auto;display:flex;gap:1rem;font-size:.9rem}
main{max-width:46rem;margin:0 auto;padding:1rem}
h1{font-size:1.7rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.25rem;margin:2rem 0 .5rem}
.meta{color:var(--muted);font-size:.92rem;margin:.2rem 0 1rem}
.report-text p{margin:0 0 1rem}
figure{margin:1rem 0}
.event-map{width:100%;height:auto;display:block;border:1px solid var(--line);border-radius:4px}
.event-map .sea{fill:#eef3f7}.event-map .land path{fill:#fbfaf5;stroke:#aab4bc;stroke-width:.8}
.event-map circle{fill:#c0392b;stroke:#fff;stroke-width:2}
.event-map text{font:13px system-ui,sans-serif;fill:#222;paint-order:stroke;stroke:#fff;stroke-width:3px}
figcaption,.events-list{font-size:.9rem;color:var(--muted)}
.events-list{padding-left:1.2rem}
.reports{list-style:none;padding:0}.reports li{border-bottom:1px solid var(--line);padding:.8rem 0}
.reports h2{margin:0;font-size:1.15rem}.reports p{margin:.2rem 0}
.pager{display:flex;justify-content:space-between;margin:1rem 0}
.comments,.comments ol{list-style:none;padding:0;margin:0}
.comments ol{margin-left:1.2rem;border-left:2px solid var(--line);padding-left:.8rem}
.comments .deep ol{margin-left:0}
.comment{margin:1rem 0}
.comment header{font-size:.92rem;color:var(--muted)}
.comment .author{font-weight:600;color:var(--ink)}
.comment .body{margin:.3rem 0;overflow-wrap:anywhere}
.comment .pending{color:var(--warn);font-style:italic;margin:.2rem 0}
.comment .reply{font-size:.9rem}
form label{display:block;font-weight:600;margin:.8rem 0 .2rem}
form .hint{font-weight:400;color:var(--muted);font-size:.88rem}
input[type=text],input[type=email],input[type=url],input[type=password],textarea{width:100%;font:inherit;padding:.45rem;border:1px solid #8c9aa5;border-radius:3px}
textarea{min-height:9rem}
[aria-invalid=true]{border-color:var(--bad);outline:2px solid var(--bad)}
button{font:inherit;padding:.45rem 1rem;margin-top:1rem;border:1px solid var(--accent);background:var(--accent);color:#fff;border-radius:3px;cursor:pointer}
button.secondary{background:#fff;color:var(--accent)}
button.danger{background:#fff;color:var(--bad);border-color:var(--bad)}
.required{color:var(--bad)}
.error{border:1px solid var(--bad);background:#fdf0f0;color:var(--bad);padding:.6rem .8rem;border-radius:3px}
.notice{border:1px solid #9bc2a0;background:#f0f8f1;padding:.6rem .8rem;border-radius:3px}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.replying{background:#f4f7fa;padding:.4rem .6rem;border-radius:3px}
.queue{list-style:none;padding:0}.queue>li{border:1px solid var(--line);border-radius:4px;padding:.8rem;margin:.8rem 0}
.queue form{display:inline}.queue button{margin:.4rem .3rem 0 0;padding:.25rem .7rem;font-size:.9rem}.queue li>a{font-size:.9rem;margin-left:.3rem}
.tabs{display:flex;gap:1rem;flex-wrap:wrap}.tabs a[aria-current]{font-weight:700;color:var(--ink)}
.private{color:var(--bad)}
`;

/**
 * The Content-Security-Policy of every server-rendered page: no scripts at all, styles inline, forms
 * post only here, and no page may be framed (so nobody can trick a moderator into clicking).
 */
export const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** The header link staff see on public pages: to the moderation screen. */
export const staffNav: Html = markup`<a href="/moderation">Moderation</a>`;

/** The HTML document around a public or moderation page. */
export function layout(parts: PageParts): string {
  return markup`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${parts.title} · Sitrep</title>
<link rel="alternate" type="application/atom+xml" title="Sitrep reports" href="/reports/feed.atom">
<style>${trusted(CSS)}</style>
${parts.head}
</head>
<body>
<header class="site"><a class="name" href="/reports">Sitrep reports</a><nav>${parts.nav}<a href="/reports/feed.atom">Atom feed</a></nav></header>
<main>
${parts.body}
</main>
</body>
</html>
`.value;
}
