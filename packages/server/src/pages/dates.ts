const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** `2017-10-10` as "10 October 2017". */
export function longDay(isoDay: string): string {
  const [year, month, day] = isoDay.split("-").map(Number);
  if (!year || !month || !day) return isoDay;
  return `${day} ${MONTHS[month - 1] ?? ""} ${year}`;
}

/** A moment as "2 December 2026 at 20:15 UTC". */
export function longMoment(at: Date): string {
  const time = at.toISOString().slice(11, 16);
  return `${longDay(at.toISOString().slice(0, 10))} at ${time} UTC`;
}
