import escapeHtml from "escape-html";

/** A fragment of HTML that is already safe: built by `markup` or wrapped on purpose by `trusted`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate: text (escaped), safe fragments, lists of either, or nothing. */
export type Interpolated = string | number | Html | null | undefined | false | readonly Interpolated[];

function render(value: Interpolated): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return (value as readonly Interpolated[]).map(render).join("");
  return escapeHtml(String(value));
}

/** A template whose interpolations are escaped unless they are `Html` already. */
export function markup(strings: TemplateStringsArray, ...values: Interpolated[]): Html {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? "");
  return new Html(out);
}

/** Marks HTML made elsewhere as safe: only for HTML that was sanitised (comment bodies) or built here. */
export function trusted(markup: string): Html {
  return new Html(markup);
}
