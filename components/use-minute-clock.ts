import { useEffect, useState } from 'preact/hooks';

/** The time now, moving on each minute, so "due today" becomes "overdue" on an open page. */
export function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
