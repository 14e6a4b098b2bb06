// What the user is typing, kept in the tab's session storage so a reload, a conflict or a closed form
// never loses it; cleared once the server has accepted it.
import { useCallback, useState } from 'react';

function read<T>(key: string, initial: T): T {
  try {
    const saved = sessionStorage.getItem(key);
    return saved === null ? initial : { ...initial, ...(JSON.parse(saved) as Partial<T>) };
  } catch {
    return initial;
  }
}

/** A draft object under `key`: [value, update (merges), discard]. */
export function useDraft<T extends object>(
  key: string,
  initial: T,
): [T, (patch: Partial<T>) => void, () => void] {
  const [value, setValue] = useState<T>(() => read(key, initial));
  const update = useCallback(
    (patch: Partial<T>) =>
      setValue((prev) => {
        const next = { ...prev, ...patch };
        try {
          sessionStorage.setItem(key, JSON.stringify(next));
        } catch {
          // storage full or unavailable: the draft still lives in the form
        }
        return next;
      }),
    [key],
  );
  // `initial` is a fresh literal on every render; the key alone identifies the draft.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  const discard = useCallback(() => {
    try {
      sessionStorage.removeItem(key);
    } catch {
      // nothing stored
    }
    setValue(initial);
  }, [key]);
  return [value, update, discard];
}
