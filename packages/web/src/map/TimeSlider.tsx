import { useEffect, useMemo, useState } from "react";

const DAY = 86_400_000;
const toDay = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY);
const fromDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** Props: the data's first and last dates, and the date shown up to (null = all). */
export interface TimeSliderProps {
  first: string | null;
  last: string | null;
  until: string | null;
  onChange: (until: string | null) => void;
}

/** A slider over the data's dates with a play button; events after the chosen date are hidden. */
export function TimeSlider({ first, last, until, onChange }: TimeSliderProps) {
  const [playing, setPlaying] = useState(false);
  const range = useMemo(() => (first && last ? { lo: toDay(first), hi: toDay(last) } : null), [first, last]);
  const value = range ? Math.min(range.hi, Math.max(range.lo, until ? toDay(until) : range.hi)) : 0;

  useEffect(() => {
    if (!playing || !range) return;
    const step = Math.max(1, Math.round((range.hi - range.lo) / 60));
    const timer = window.setInterval(() => {
      const current = until ? toDay(until) : range.lo;
      const next = current >= range.hi ? range.lo : Math.min(range.hi, current + step);
      onChange(next >= range.hi ? null : fromDay(next));
      if (next >= range.hi) setPlaying(false);
    }, 450);
    return () => window.clearInterval(timer);
  }, [playing, range, until, onChange]);

  if (!range) return null;
  return (
    <div className="timeslider">
      <button
        type="button"
        className="play"
        aria-pressed={playing}
        aria-label={playing ? "Pause" : "Play the timeline"}
        onClick={() => {
          if (!playing && !until) onChange(fromDay(range.lo));
          setPlaying(!playing);
        }}
      >
        {playing ? "❚❚" : "▶"}
      </button>
      <label className="sr-only" htmlFor="time-slider">
        Show events up to
      </label>
      <input
        id="time-slider"
        type="range"
        min={range.lo}
        max={range.hi}
        value={value}
        aria-valuetext={fromDay(value)}
        onChange={(e) => {
          const day = Number(e.target.value);
          onChange(day >= range.hi ? null : fromDay(day));
        }}
      />
      <output htmlFor="time-slider" className="until">
        {until ? `up to ${until}` : `all, to ${last}`}
      </output>
    </div>
  );
}
