import type { CommentStatus, ModeratedComment, Principal } from "@sitrep/store";
import { longMoment } from "./dates.js";
import { markup, trusted, type Html } from "./html.js";
import { layout } from "./layout.js";

const STATUSES: CommentStatus[] = ["pending", "approved", "rejected", "spam"];
const HELD: Record<string, string> = {
  "first-time": "first-time commenter",
  links: "more links than allowed",
};

/** A moderation page's frame: who is signed in, the tabs, and a notice or error. */
export interface ModerationFrame {
  principal: Principal;
  csrf: string;
  counts: Record<CommentStatus, number>;
  current: CommentStatus | "words";
  notice?: string | undefined;
  error?: string | undefined;
}

function nav(frame: ModerationFrame): Html {
  return markup`<form method="post" action="/moderation/sign-out" class="inline"><input type="hidden" name="csrf" value="${frame.csrf}"><button class="secondary" style="margin:0;padding:0 .5rem">Sign out ${frame.principal.name}</button></form>`;
}

function tabs(frame: ModerationFrame): Html {
  const tab = (href: string, label: string, current: boolean) =>
    markup`<a href="${href}"${current ? trusted(' aria-current="page"') : ""}>${label}</a>`;
  return markup`<nav class="tabs" aria-label="Moderation">${STATUSES.map((s) =>
    tab(
      `/moderation?status=${s}`,
      `${s[0]?.toUpperCase()}${s.slice(1)} (${frame.counts[s]})`,
      frame.current === s,
    ),
  )}${tab("/moderation/words", "Disallowed words and erasure", frame.current === "words")}</nav>
${frame.notice ? markup`<p class="notice" role="status">${frame.notice}</p>` : ""}
${frame.error ? markup`<p class="error" role="alert">${frame.error}</p>` : ""}`;
}

function frameLayout(frame: ModerationFrame, title: string, body: Html): string {
  return layout({
    title,
    nav: nav(frame),
    head: markup`<meta name="robots" content="noindex">`,
    body: markup`<h1>${title}</h1>${tabs(frame)}${body}`,
  });
}

function actionForm(
  frame: ModerationFrame,
  comment: ModeratedComment,
  action: string,
  label: string,
  back: string,
): Html {
  return markup`<form method="post" action="/moderation/comments/${comment.id}/${action}"><input type="hidden" name="csrf" value="${frame.csrf}"><input type="hidden" name="back" value="${back}"><button${action === "approve" ? "" : trusted(' class="secondary"')}>${label}</button></form>`;
}

/** Who wrote it, with the email that only moderators see. */
function authorLine(comment: ModeratedComment): Html {
  return markup`<p><strong>${comment.author_name}</strong> · ${
    comment.author_email
      ? markup`<span class="private" title="never published">${comment.author_email}</span>`
      : markup`<em>email erased</em>`
  }${comment.author_url ? markup` · <a href="${comment.author_url}" rel="nofollow ugc noopener">${comment.author_url}</a>` : ""}</p>`;
}

/** The queue of comments in one state, with the actions for each. */
export function renderQueue(
  frame: ModerationFrame,
  status: CommentStatus,
  comments: ModeratedComment[],
  next: number | null,
): string {
  const items = comments.map(
    (c) => markup`<li id="c-${c.id}">
<p class="meta">On <a href="/reports/${c.report_id}#comment-${c.id}">${c.report_title ?? `report ${c.report_id}`}</a> · ${longMoment(c.created_at)}${c.parent_id ? ` · a reply` : ""}${c.status === "pending" && c.held_reason ? ` · held: ${HELD[c.held_reason] ?? c.held_reason}` : ""}</p>
${authorLine(c)}
<div class="body">${trusted(c.body_html)}</div>
${status !== "approved" ? actionForm(frame, c, "approve", "Approve", status) : ""}${status !== "rejected" ? actionForm(frame, c, "reject", "Reject", status) : ""}${status !== "spam" ? actionForm(frame, c, "spam", "Spam", status) : ""}<a href="/moderation/comments/${c.id}">Edit, delete or erase…</a>
</li>`,
  );
  const body = markup`${comments.length === 0 ? markup`<p>No ${status} comments.</p>` : markup`<ol class="queue">${items}</ol>`}
${next !== null ? markup`<p><a href="/moderation?status=${status}&amp;before=${next}">Older →</a></p>` : ""}`;
  return frameLayout(frame, "Moderation", body);
}

/** One comment: edit its name, website and text; delete it; erase its author's email. */
export function renderCommentEditor(
  frame: ModerationFrame,
  comment: ModeratedComment,
  values?: { name: string; website: string; body: string },
): string {
  const v = values ?? { name: comment.author_name, website: comment.author_url ?? "", body: comment.body };
  const body = markup`<p class="meta">Comment ${comment.id} (${comment.status}) on <a href="/reports/${comment.report_id}#comment-${comment.id}">${comment.report_title ?? `report ${comment.report_id}`}</a> · ${longMoment(comment.created_at)}</p>
${authorLine(comment)}
<form method="post" action="/moderation/comments/${comment.id}/edit">
<input type="hidden" name="csrf" value="${frame.csrf}">
<label for="edit-name">Name</label><input id="edit-name" name="name" type="text" value="${v.name}" required>
<label for="edit-website">Website</label><input id="edit-website" name="website" type="text" value="${v.website}">
<label for="edit-body">Comment</label><textarea id="edit-body" name="body" rows="8" required>${v.body}</textarea>
<button>Save</button>
</form>
<h2>Delete</h2>
<form method="post" action="/moderation/comments/${comment.id}/delete"><input type="hidden" name="csrf" value="${frame.csrf}"><input type="hidden" name="back" value="${comment.status}"><button class="danger">Delete this comment</button> <span class="hint">Its replies move up to its parent.</span></form>
<h2>Erase the commenter's email</h2>
${
  comment.author_email
    ? markup`<form method="post" action="/moderation/comments/${comment.id}/erase-email"><input type="hidden" name="csrf" value="${frame.csrf}"><input type="hidden" name="back" value="${comment.status}">
<p>Removes <span class="private">${comment.author_email}</span> from every comment that has it.</p>
<label><input type="checkbox" name="delete_comments" value="yes"> Also delete those comments</label>
<button class="danger">Erase the email</button></form>`
    : markup`<p>This comment's email has been erased.</p>`
}`;
  return frameLayout(frame, `Comment by ${comment.author_name}`, body);
}

/** The disallowed words (one a line) and erasure by email address. */
export function renderWords(frame: ModerationFrame, words: string[]): string {
  const body = markup`<h2>Disallowed words</h2>
<form method="post" action="/moderation/words">
<input type="hidden" name="csrf" value="${frame.csrf}">
<label for="words">One word or phrase a line <span class="hint">whole words, any case; a comment, name, email or website containing one is refused</span></label>
<textarea id="words" name="words" rows="10">${words.join("\n")}</textarea>
<button>Save the list</button>
</form>
<h2>Erase an email address</h2>
<form method="post" action="/moderation/erase">
<input type="hidden" name="csrf" value="${frame.csrf}">
<label for="erase-email">Email address</label><input id="erase-email" name="email" type="email" required>
<label><input type="checkbox" name="delete_comments" value="yes"> Also delete that person's comments</label>
<button class="danger">Erase</button>
</form>`;
  return frameLayout(frame, "Disallowed words and erasure", body);
}

/** The sign-in form for moderators. */
export function renderSignIn(error?: string, name = ""): string {
  return layout({
    title: "Sign in to moderate",
    head: markup`<meta name="robots" content="noindex">`,
    body: markup`<h1>Sign in to moderate</h1>
${error ? markup`<p class="error" role="alert">${error}</p>` : ""}
<form method="post" action="/moderation/sign-in">
<label for="signin-name">User name</label><input id="signin-name" name="name" type="text" autocomplete="username" value="${name}" required>
<label for="signin-password">Password</label><input id="signin-password" name="password" type="password" autocomplete="current-password" required>
<button>Sign in</button>
</form>`,
  });
}
