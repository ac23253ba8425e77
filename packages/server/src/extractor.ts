/** The coder as the server sees it (the `sitrep extract` contract in PRODUCT.md). */

/** An actor as the coder names it. */
export interface ExtractedActor {
  id: string | null;
  name: string;
  text: string;
}

/** One coded event, as `extract` returns it. Fields beyond these are kept as they are (in `extra`). */
export interface ExtractedEvent {
  type: string;
  mode: string | null;
  acled: { event_type: string; sub_event_type: string } | null;
  cameo: string | null;
  actor1: ExtractedActor | null;
  actor2: ExtractedActor | null;
  location: {
    name: string;
    text: string;
    geonameid: number | null;
    lat: number;
    lon: number;
    country: string | null;
    admin1: string | null;
    precision: number;
  } | null;
  date: { start: string; end: string; precision: number } | null;
  modality: string;
  fatalities: number | null;
  evidence: { sentence: number; start: number; end: number; text: string };
  confidence: number;
  rule: string;
}

/** What the coder gets to know about a report beside its text. */
export interface ExtractContext {
  published?: string | null | undefined;
  url?: string | null | undefined;
  title?: string | null | undefined;
}

/**
 * The coder, injected: the CLI builds it from `extract` and the loaded model, tests pass a fake. The
 * server never reads model files itself.
 */
export type Extractor = (
  text: string,
  context: ExtractContext,
) => Promise<{ events: ExtractedEvent[] }> | { events: ExtractedEvent[] };
