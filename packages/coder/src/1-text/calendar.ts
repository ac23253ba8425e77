/** The weekdays' names, as alternatives of a regular expression (lower case, as token keys are). */
export const WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
/** The months' names, as alternatives of a regular expression (lower case). */
export const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
/** A word that names a weekday or a month ("Monday", "March"), tested on a token's key. */
export const CALENDAR = new RegExp(`^(?:${WEEKDAYS}|${MONTHS})$`);
