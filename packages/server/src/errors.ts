import { z } from "zod";

/** An error the API may show: an HTTP status, a stable id clients can test, and a message for people. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/**
 * The catalogue: every error the API answers with comes from here. Anything else that is thrown
 * becomes `internal` (500) and its message stays in the log.
 */
export const errors = {
  invalidRequest: (message: string, details?: unknown) =>
    new ApiError(400, "invalid_request", message, details),
  malformedLine: (line: number, why: string) =>
    new ApiError(400, "malformed_line", `Malformed line ${line}: ${why}`, { line }),
  unauthorized: () => new ApiError(401, "unauthorized", "Sign in or send an API token first."),
  badCredentials: () => new ApiError(401, "bad_credentials", "Wrong user name or password."),
  forbidden: (role: string) => new ApiError(403, "forbidden", `This needs the ${role} role or higher.`),
  csrf: () => new ApiError(403, "csrf_failed", "Missing or wrong CSRF token (send the x-csrf-token header)."),
  notFound: (what: string) => new ApiError(404, "not_found", `${what} not found.`),
  conflict: (message: string) => new ApiError(409, "conflict", message),
  tooLarge: (limitBytes: number) =>
    new ApiError(413, "too_large", `Too large: the limit is ${Math.round(limitBytes / 1024)} KiB.`),
  notText: (what: string) => new ApiError(415, "not_text", `Not text: ${what}.`),
  unreachableUrl: (url: string, why: string) =>
    new ApiError(422, "unreachable_url", `Could not fetch ${url}: ${why}.`),
  notAFeed: (url: string) => new ApiError(422, "not_a_feed", `${url} is not an RSS or Atom feed.`),
  noArticle: (url: string) => new ApiError(422, "no_article", `No article text found at ${url}.`),
  rateLimited: (seconds: number) =>
    new ApiError(429, "rate_limited", `Too many attempts; try again in ${seconds} s.`),
  commentInvalid: (message: string, field?: string) =>
    new ApiError(400, "comment_invalid", message, field ? { field } : undefined),
  formExpired: () =>
    new ApiError(
      403,
      "form_expired",
      "This form has expired (or cookies are off). Your text is still here: please send it again.",
    ),
  commentDuplicate: () =>
    new ApiError(
      409,
      "comment_duplicate",
      "Duplicate comment: it looks as though this has already been said.",
    ),
  commentDisallowed: (word: string) =>
    new ApiError(
      422,
      "comment_disallowed",
      `Your comment contains words that are not allowed here (“${word}”). Please rephrase it.`,
    ),
  commentFlood: () =>
    new ApiError(
      429,
      "comment_flood",
      "You are posting comments too quickly. Please wait a minute and send it again.",
    ),
  unavailable: (what: string) => new ApiError(503, "unavailable", `${what} is not available on this server.`),
  internal: () => new ApiError(500, "internal", "Something went wrong on the server."),
} as const;

/** The body of every error response. */
export interface ErrorBody {
  error: { id: string; message: string; details?: unknown };
}

/** The body of every error response, as a schema (documented on every route as its 4XX and 5XX answer). */
export const errorBodySchema = z
  .object({
    error: z.object({
      id: z.string().describe("stable id from the catalogue, e.g. not_found, too_large, malformed_line"),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: "Error", description: "An error from the catalogue" });

/** The wire form of an API error. */
export function errorBody(error: ApiError): ErrorBody {
  return {
    error: {
      id: error.id,
      message: error.message,
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  };
}
