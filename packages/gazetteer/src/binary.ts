/**
 * A small container for typed arrays and strings: a JSON header naming each section, then the
 * sections, each aligned to 8 bytes so that typed arrays can view the buffer without copying.
 */

const MAGIC = 0x53475a31; // "SGZ1"

type SectionType = "u8" | "u16" | "u32" | "i32" | "f32" | "str";

interface SectionHeader {
  readonly name: string;
  readonly type: SectionType;
  readonly offset: number;
  readonly bytes: number;
}

interface Header {
  readonly meta: Record<string, unknown>;
  readonly sections: SectionHeader[];
}

export type SectionValue = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | string;

function typeOf(value: SectionValue): SectionType {
  if (typeof value === "string") return "str";
  if (value instanceof Uint8Array) return "u8";
  if (value instanceof Uint16Array) return "u16";
  if (value instanceof Uint32Array) return "u32";
  if (value instanceof Int32Array) return "i32";
  return "f32";
}

const align8 = (n: number): number => (n + 7) & ~7;

/** Writes named sections and a JSON-able meta object into one byte array. */
export function writeSections(
  meta: Record<string, unknown>,
  sections: Record<string, SectionValue>,
): Uint8Array {
  return layOut(meta, bodiesOf(sections));
}

/**
 * A container with more sections: the given one's sections are copied byte for byte (strings are not
 * decoded), then the new ones follow; `meta` replaces the meta object.
 */
export function appendSections(
  data: Uint8Array,
  meta: Record<string, unknown>,
  sections: Record<string, SectionValue>,
): Uint8Array {
  const { bytes, header } = readHeader(data);
  const bodies: Body[] = header.sections.map(({ name, type, offset, bytes: length }) => ({
    name,
    type,
    bytes: bytes.subarray(offset, offset + length),
  }));
  return layOut(meta, [...bodies, ...bodiesOf(sections)]);
}

interface Body {
  readonly name: string;
  readonly type: SectionType;
  readonly bytes: Uint8Array;
}

function bodiesOf(sections: Record<string, SectionValue>): Body[] {
  const encoder = new TextEncoder();
  return Object.entries(sections).map(([name, value]) => ({
    name,
    type: typeOf(value),
    bytes:
      typeof value === "string"
        ? encoder.encode(value)
        : new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
  }));
}

function layOut(meta: Record<string, unknown>, bodies: readonly Body[]): Uint8Array {
  const encoder = new TextEncoder();
  // Offsets depend on the header's length, which depends on the offsets: iterate until stable.
  let headerBytes = new Uint8Array(0);
  let headers: SectionHeader[] = [];
  for (let round = 0; round < 4; round++) {
    let offset = align8(8 + headerBytes.length);
    headers = bodies.map(({ name, type, bytes }) => {
      const header = { name, type, offset, bytes: bytes.length };
      offset = align8(offset + bytes.length);
      return header;
    });
    const next = encoder.encode(
      JSON.stringify({ meta, sections: headers } satisfies Header).padEnd(headerBytes.length, " "),
    );
    const stable = next.length === headerBytes.length;
    headerBytes = next;
    if (stable) break;
  }
  const last = headers[headers.length - 1];
  const total = last ? align8(last.offset + last.bytes) : align8(8 + headerBytes.length);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  headers.forEach((header, i) => out.set(bodies[i]!.bytes, header.offset));
  return out;
}

/** The sections of a container, viewed without copying (strings are decoded). */
export interface Sections {
  readonly meta: Record<string, unknown>;
  /** True when the container holds a section of that name. */
  has(name: string): boolean;
  u8(name: string): Uint8Array;
  u16(name: string): Uint16Array;
  u32(name: string): Uint32Array;
  i32(name: string): Int32Array;
  f32(name: string): Float32Array;
  str(name: string): string;
  /** A string section's UTF-8 bytes, not decoded. */
  utf8(name: string): Uint8Array;
}

/** The header of a container, checked: every section lies within the bytes (a truncated file is caught). */
function readHeader(data: Uint8Array): { bytes: Uint8Array; header: Header } {
  if (data.byteLength < 8) throw new Error("gazetteer index: file too short");
  // Typed array views need an aligned base; copy once if the caller's buffer is not aligned.
  const bytes = data.byteOffset % 8 === 0 ? data : data.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error("gazetteer index: not a Sitrep gazetteer index");
  const headerLength = view.getUint32(4, true);
  if (8 + headerLength > bytes.byteLength) throw new Error("gazetteer index: file truncated");
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Header;
  for (const s of header.sections)
    if (s.offset + s.bytes > bytes.byteLength) throw new Error("gazetteer index: file truncated");
  return { bytes, header };
}

/** Reads a container written by writeSections; throws a clear error on anything else. */
export function readSections(data: Uint8Array): Sections {
  const { bytes, header } = readHeader(data);
  const byName = new Map(header.sections.map((s) => [s.name, s]));
  const get = (name: string, type: SectionType): SectionHeader => {
    const section = byName.get(name);
    if (!section || section.type !== type) throw new Error(`gazetteer index: section ${name} missing`);
    return section;
  };
  const base = bytes.byteOffset;
  const buffer = bytes.buffer;
  return {
    meta: header.meta,
    has: (name) => byName.has(name),
    u8: (name) => {
      const s = get(name, "u8");
      return new Uint8Array(buffer, base + s.offset, s.bytes);
    },
    u16: (name) => {
      const s = get(name, "u16");
      return new Uint16Array(buffer, base + s.offset, s.bytes / 2);
    },
    u32: (name) => {
      const s = get(name, "u32");
      return new Uint32Array(buffer, base + s.offset, s.bytes / 4);
    },
    i32: (name) => {
      const s = get(name, "i32");
      return new Int32Array(buffer, base + s.offset, s.bytes / 4);
    },
    f32: (name) => {
      const s = get(name, "f32");
      return new Float32Array(buffer, base + s.offset, s.bytes / 4);
    },
    str: (name) => {
      const s = get(name, "str");
      return new TextDecoder().decode(new Uint8Array(buffer, base + s.offset, s.bytes));
    },
    utf8: (name) => {
      const s = get(name, "str");
      return new Uint8Array(buffer, base + s.offset, s.bytes);
    },
  };
}
