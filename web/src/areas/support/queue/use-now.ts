// The present instant, refreshed every minute, so rows turn amber or red while the queue stays open.
import { useEffect, useState } from 'react';

/** Milliseconds since the epoch, updated every `everyMs`. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
