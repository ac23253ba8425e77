/** PLOVER event types (upper case), as in FORMATS.md §2. */
export type PloverType =
  | "AGREE"
  | "SUPPORT"
  | "CONCEDE"
  | "COOPERATE"
  | "AID"
  | "CONSULT"
  | "RETREAT"
  | "REQUEST"
  | "REJECT"
  | "ACCUSE"
  | "THREATEN"
  | "SANCTION"
  | "PROTEST"
  | "MOBILIZE"
  | "COERCE"
  | "ASSAULT";

/** How sure the report is that the event happened (GUIDELINES.md §5). */
export type Modality = "asserted" | "reported" | "claimed" | "planned" | "hypothetical" | "negated";

/** An actor as it leaves the coder: registry id and name, and the words of the text. */
export interface EventActor {
  readonly id: string;
  readonly name: string;
  readonly text: string;
}

/** Where the event happened: a gazetteer place with ACLED geo precision (1 place, 2 near, 3 region). */
export interface EventLocation {
  readonly name: string;
  readonly text: string;
  readonly geonameid: number | null;
  readonly lat: number;
  readonly lon: number;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly precision: 1 | 2 | 3;
}

/** When: ISO dates and ACLED time precision (1 day, 2 week, 3 month or vaguer). */
export interface EventDate {
  readonly start: string;
  readonly end: string;
  readonly precision: 1 | 2 | 3;
}

/** The sentence that says so, with UTF-16 offsets into the original text (end exclusive). */
export interface Evidence {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One coded event: the `sitrep extract` contract in PRODUCT.md. */
export interface CodedEvent {
  readonly type: PloverType;
  readonly mode: string | null;
  readonly acled: { readonly event_type: string; readonly sub_event_type: string } | null;
  readonly cameo: string | null;
  readonly actor1: EventActor | null;
  readonly actor2: EventActor | null;
  readonly location: EventLocation | null;
  readonly date: EventDate | null;
  readonly modality: Modality;
  readonly fatalities: number | null;
  readonly evidence: Evidence;
  readonly confidence: number;
  readonly rule: string;
}

/** Options of one `extract` call. */
export interface ExtractOptions {
  /** Publication date `YYYY-MM-DD`; relative dates resolve against it. */
  readonly published?: string | null;
  readonly title?: string | null;
  /** Receives every label with its rule id (SITREP_DEBUG=rules). */
  readonly trace?: (message: string) => void;
}

/** What `extract` returns: never throws on input, problems go to diagnostics. */
export interface ExtractResult {
  readonly events: CodedEvent[];
  readonly diagnostics: string[];
}
