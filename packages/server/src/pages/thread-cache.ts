import type { Html } from "./html.js";

/** How much rendered HTML the cache keeps, in characters (about 2 bytes each). */
const BUDGET_CHARS = 16 * 1024 * 1024;

/**
 * Rendered discussions by report, each under the version of the discussion it was rendered from (see
 * `CommentsRepository.version`), so a change made by any process shows at once. Least recently used
 * entries go first when the budget is spent.
 */
export class ThreadCache {
  private readonly entries = new Map<number, { version: string; html: Html }>();
  private size = 0;

  get(reportId: number, version: string): Html | undefined {
    const entry = this.entries.get(reportId);
    if (!entry || entry.version !== version) return undefined;
    this.entries.delete(reportId);
    this.entries.set(reportId, entry);
    return entry.html;
  }

  set(reportId: number, version: string, html: Html): void {
    this.drop(reportId);
    if (html.value.length > BUDGET_CHARS) return;
    this.entries.set(reportId, { version, html });
    this.size += html.value.length;
    for (const [oldest] of this.entries) {
      if (this.size <= BUDGET_CHARS) break;
      this.drop(oldest);
    }
  }

  private drop(reportId: number): void {
    const entry = this.entries.get(reportId);
    if (!entry) return;
    this.size -= entry.html.value.length;
    this.entries.delete(reportId);
  }
}
