import type { PublicComment } from "@sitrep/store";
import { FIELD_LIMITS } from "../services/comments.js";
import { longMoment } from "./dates.js";
import { markup, trusted, type Html } from "./html.js";

/** What the reply form shows: the values typed (kept when a comment is refused) and why it was refused. */
export interface ReplyForm {
  reportId: number;
  /** The reader's CSRF token for this form. */
  token: string;
  values: { name: string; email: string; website: string; comment: string; parent: number | null };
  error?: { message: string; field?: string | undefined } | undefined;
  maxChars: number;
}

/** Replies deeper than this are not indented further, so a long thread stays readable on a phone. */
const MAX_INDENT = 4;

/** Threads in order: first comments oldest first (newest threads last), each followed by its replies. */
function threads(comments: PublicComment[]): {
  roots: PublicComment[];
  children: Map<number, PublicComment[]>;
} {
  const visible = new Set(comments.map((c) => c.id));
  const children = new Map<number, PublicComment[]>();
  const roots: PublicComment[] = [];
  for (const comment of comments) {
    if (comment.parent_id === null || !visible.has(comment.parent_id)) roots.push(comment);
    else {
      const list = children.get(comment.parent_id) ?? [];
      list.push(comment);
      children.set(comment.parent_id, list);
    }
  }
  return { roots, children };
}

function commentItem(
  comment: PublicComment,
  children: Map<number, PublicComment[]>,
  depth: number,
  reportId: number,
): Html {
  const author = comment.author_url
    ? markup`<a class="author" href="${comment.author_url}" rel="nofollow ugc">${comment.author_name}</a>`
    : markup`<span class="author">${comment.author_name}</span>`;
  const replies = children.get(comment.id) ?? [];
  const approved = comment.status === "approved";
  return markup`<li id="comment-${comment.id}" class="comment${depth >= MAX_INDENT ? " deep" : ""}">
<article>
<header>${author} <a class="date" href="#comment-${comment.id}"><time datetime="${comment.created_at.toISOString()}">${longMoment(comment.created_at)}</time></a></header>
${approved ? "" : markup`<p class="pending">Your comment is awaiting moderation.</p>`}
<div class="body">${trusted(comment.body_html)}</div>
${approved ? markup`<a class="reply" href="/reports/${reportId}?replyto=${comment.id}#respond" aria-label="Reply to ${comment.author_name}">Reply</a>` : ""}
</article>
${replies.length ? markup`<ol>${replies.map((r) => commentItem(r, children, depth + 1, reportId))}</ol>` : ""}
</li>`;
}

/** The comments, threaded. */
export function commentList(comments: PublicComment[], reportId: number): Html {
  const { roots, children } = threads(comments);
  const approved = comments.filter((c) => c.status === "approved").length;
  const heading =
    approved === 0
      ? comments.length
        ? "Comments"
        : "No comments yet"
      : approved === 1
        ? "1 comment"
        : `${approved} comments`;
  return markup`<h2 id="comments">${heading}</h2>
${roots.length ? markup`<ol class="comments">${roots.map((c) => commentItem(c, children, 0, reportId))}</ol>` : ""}`;
}

function field(
  form: ReplyForm,
  name: "name" | "email" | "website",
  label: string,
  input: { type: string; autocomplete: string; required: boolean; maxlength: number; hint?: string },
): Html {
  const invalid = form.error?.field === name;
  return markup`<label for="reply-${name}">${label}${input.required ? markup` <span class="required" aria-hidden="true">*</span>` : ""}${input.hint ? markup` <span class="hint">${input.hint}</span>` : ""}</label>
<input id="reply-${name}" name="${name}" type="${input.type}" autocomplete="${input.autocomplete}" maxlength="${input.maxlength}" value="${form.values[name]}"${input.required ? trusted(" required") : ""}${invalid ? trusted(' aria-invalid="true" aria-describedby="reply-error"') : ""}>`;
}

/** "Leave a Reply": the form, with the reply target and the refusal message when there is one. */
export function replyForm(form: ReplyForm, replyTo: PublicComment | null): Html {
  const commentInvalid = form.error?.field === "comment";
  return markup`<section id="respond" aria-labelledby="respond-title">
<h2 id="respond-title">${replyTo ? markup`Reply to ${replyTo.author_name}` : "Leave a Reply"}</h2>
${replyTo ? markup`<p class="replying">Replying to <a href="#comment-${replyTo.id}">${replyTo.author_name}</a>. <a href="/reports/${form.reportId}#respond">Cancel reply</a></p>` : ""}
<p>Your email address will not be published. Required fields are marked <span class="required">*</span></p>
${form.error ? markup`<p id="reply-error" class="error" role="alert">${form.error.message}</p>` : ""}
<form method="post" action="/reports/${form.reportId}/comments#respond">
<input type="hidden" name="csrf" value="${form.token}">
${replyTo ? markup`<input type="hidden" name="parent" value="${replyTo.id}">` : ""}
<label for="reply-comment">Comment <span class="required" aria-hidden="true">*</span> <span class="hint">plain text; links are allowed; at most ${form.maxChars.toLocaleString("en")} characters</span></label>
<textarea id="reply-comment" name="comment" rows="7" required${commentInvalid ? trusted(' aria-invalid="true" aria-describedby="reply-error"') : ""}>${form.values.comment}</textarea>
${field(form, "name", "Name", { type: "text", autocomplete: "name", required: true, maxlength: FIELD_LIMITS.name })}
${field(form, "email", "Email", { type: "email", autocomplete: "email", required: true, maxlength: FIELD_LIMITS.email, hint: "never published" })}
${field(form, "website", "Website", { type: "text", autocomplete: "url", required: false, maxlength: FIELD_LIMITS.website })}
<div class="hp" aria-hidden="true"><label for="reply-nickname">Leave this empty</label><input id="reply-nickname" name="nickname" type="text" tabindex="-1" autocomplete="off" value=""></div>
<button type="submit">Post Comment</button>
</form>
</section>`;
}
