// Accessibility checks run in the page: every visible control has a name, and text has enough contrast
// against what is behind it (WCAG 2.1 AA: 4.5:1, or 3:1 for large text).

/** Visible controls without an accessible name: `[description]`. */
export function unnamedControls() {
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const named = (el) =>
    (el.labels && el.labels.length > 0) ||
    el.getAttribute("aria-label") ||
    el.getAttribute("aria-labelledby") ||
    el.getAttribute("title") ||
    ((el.tagName === "BUTTON" || el.tagName === "A") && el.textContent.trim());
  return [...document.querySelectorAll("input, select, textarea, button, a[href]")]
    .filter((el) => visible(el) && el.type !== "hidden" && !named(el))
    .map((el) => el.outerHTML.slice(0, 120));
}

/** Text whose contrast with its background is below AA: `[text, ratio]`. */
export function lowContrastText() {
  const rgb = (value) => (value.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]) => {
    const c = [r, g, b].map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const background = (el) => {
    for (let at = el; at; at = at.parentElement) {
      const [r, g, b, a = 1] = rgb(getComputedStyle(at).backgroundColor);
      if (a > 0.5) return [r, g, b];
    }
    return [255, 255, 255];
  };
  const problems = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const text = node.textContent.trim();
    if (
      !el ||
      !text ||
      el.closest(".sr-only, canvas, svg, .maplibregl-ctrl-attrib") ||
      !el.getClientRects().length
    )
      continue;
    const style = getComputedStyle(el);
    if (style.visibility === "hidden" || Number(style.opacity) < 0.6) continue;
    const [r, g, b, a = 1] = rgb(style.color);
    if (a < 0.5) continue;
    const bg = background(el);
    const [l1, l2] = [luminance([r, g, b]), luminance(bg)].sort((x, y) => y - x);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) problems.push([text.slice(0, 40), Math.round(ratio * 100) / 100]);
  }
  return problems;
}
