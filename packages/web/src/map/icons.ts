import type { PloverType } from "../api/types.ts";

/** The outline an icon is drawn with; the PLOVER quad decides it (conflict is pointed, cooperation round). */
type Shape = "burst" | "diamond" | "triangle" | "triangle-down" | "square" | "hexagon" | "circle";

/** Each PLOVER type's shape and the letter drawn inside it. */
export const TYPE_ICONS: Record<PloverType, { shape: Shape; letter: string; label: string }> = {
  ASSAULT: { shape: "burst", letter: "A", label: "Assault" },
  COERCE: { shape: "diamond", letter: "C", label: "Coerce" },
  MOBILIZE: { shape: "triangle", letter: "M", label: "Mobilize" },
  RETREAT: { shape: "triangle-down", letter: "R", label: "Retreat" },
  PROTEST: { shape: "square", letter: "P", label: "Protest" },
  THREATEN: { shape: "hexagon", letter: "T", label: "Threaten" },
  SANCTION: { shape: "hexagon", letter: "S", label: "Sanction" },
  ACCUSE: { shape: "hexagon", letter: "!", label: "Accuse" },
  REJECT: { shape: "hexagon", letter: "×", label: "Reject" },
  REQUEST: { shape: "hexagon", letter: "?", label: "Request" },
  AGREE: { shape: "circle", letter: "=", label: "Agree" },
  CONSULT: { shape: "circle", letter: "c", label: "Consult" },
  SUPPORT: { shape: "circle", letter: "+", label: "Support" },
  CONCEDE: { shape: "circle", letter: "↓", label: "Concede" },
  COOPERATE: { shape: "circle", letter: "&", label: "Cooperate" },
  AID: { shape: "circle", letter: "✚", label: "Aid" },
};

/** The map image id for a type in a colour; parsed back by {@link drawIconForId}. */
export function iconId(type: string, color: string): string {
  return `ev:${type}:${color}`;
}

function polygon(
  ctx: CanvasRenderingContext2D,
  points: number,
  radius: number,
  inner: number,
  turn: number,
): void {
  ctx.beginPath();
  for (let i = 0; i < points * (inner ? 2 : 1); i++) {
    const r = inner && i % 2 ? inner : radius;
    const angle = turn + (i * Math.PI * 2) / (points * (inner ? 2 : 1));
    ctx.lineTo(Math.cos(angle) * r, Math.sin(angle) * r);
  }
  ctx.closePath();
}

function tracePath(ctx: CanvasRenderingContext2D, shape: Shape, r: number): void {
  const up = -Math.PI / 2;
  switch (shape) {
    case "burst":
      return polygon(ctx, 8, r, r * 0.68, up);
    case "diamond":
      return polygon(ctx, 4, r, 0, up);
    case "triangle":
      return polygon(ctx, 3, r * 1.05, 0, up);
    case "triangle-down":
      return polygon(ctx, 3, r * 1.05, 0, Math.PI / 2);
    case "square":
      return polygon(ctx, 4, r * 1.1, 0, Math.PI / 4);
    case "hexagon":
      return polygon(ctx, 6, r, 0, 0);
    case "circle":
      ctx.beginPath();
      ctx.arc(0, 0, r * 0.9, 0, Math.PI * 2);
      return;
  }
}

/** Black or white, whichever reads better on a background colour. */
export function inkFor(color: string): string {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return "#fff";
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const lum = 0.2126 * r ** 2.2 + 0.7152 * g ** 2.2 + 0.0722 * b ** 2.2;
  return lum > 0.35 ? "#111" : "#fff";
}

/** Draws an event icon (type shape, side colour, white halo) on a canvas of `size` CSS pixels. */
export function drawIcon(type: string, color: string, size = 24, ratio = 2): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = size * ratio;
  const ctx = canvas.getContext("2d")!;
  const style = TYPE_ICONS[type as PloverType] ?? { shape: "circle" as Shape, letter: "•" };
  ctx.scale(ratio, ratio);
  ctx.translate(size / 2, size / 2);
  const r = size / 2 - 2.5;
  tracePath(ctx, style.shape, r);
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.strokeStyle = "rgba(255,255,255,0.95)";
  ctx.stroke();
  ctx.fillStyle = color;
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.strokeStyle = "rgba(0,0,0,0.55)";
  ctx.stroke();
  ctx.fillStyle = inkFor(color);
  ctx.font = `700 ${Math.round(size * 0.42)}px Inter, system-ui, sans-serif`;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.fillText(style.letter, 0, style.shape === "triangle" ? 2 : style.shape === "triangle-down" ? -2 : 0.5);
  return canvas;
}

/** Pixels for a map image id made by {@link iconId}, or null for ids that are not ours. */
export function drawIconForId(id: string, ratio = 2): ImageData | null {
  const match = /^ev:([A-Z]+):(#[0-9a-fA-F]{6})$/.exec(id);
  if (!match) return null;
  const canvas = drawIcon(match[1]!, match[2]!, 24, ratio);
  return canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
}
