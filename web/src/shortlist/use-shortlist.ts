/**
 * The team's shortlist, kept in this browser (localStorage) and shared by every tab: a change in one tab
 * shows in the others through the storage event.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { cleanIds, parseStored, toggleId } from './shortlist-ids';

const STORAGE_KEY = 'atlas.shortlist';

export interface Shortlist {
  ids: readonly string[];
  has(id: string): boolean;
  toggle(id: string): void;
  addAll(ids: readonly string[]): void;
  clear(): void;
}

function readStored(): string[] {
  try {
    return parseStored(localStorage.getItem(STORAGE_KEY));
  } catch {
    // Storage can be switched off (private modes, policies): the shortlist then lasts as long as the page.
    return [];
  }
}

export function useShortlistStore(): Shortlist {
  const [ids, setIds] = useState<string[]>(readStored);
  const change = useCallback((next: (current: string[]) => string[]) => {
    setIds((current) => {
      const changed = next(current);
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(changed));
      } catch {
        // see readStored
      }
      return changed;
    });
  }, []);
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY) setIds(parseStored(event.newValue));
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);
  return useMemo(
    () => ({
      ids,
      has: (id: string) => ids.includes(id),
      toggle: (id: string) => change((current) => toggleId(current, id)),
      addAll: (more: readonly string[]) => change((current) => cleanIds([...current, ...more])),
      clear: () => change(() => []),
    }),
    [ids, change],
  );
}

const NO_SHORTLIST: Shortlist = {
  ids: [],
  has: () => false,
  toggle: () => undefined,
  addAll: () => undefined,
  clear: () => undefined,
};

/** Provided once by App, so a ☆ button anywhere (results, dataset page, collection) reaches the same list. */
export const ShortlistContext = createContext<Shortlist>(NO_SHORTLIST);
export const useShortlist = () => useContext(ShortlistContext);
