/**
 * The curator's session: the token lives in sessionStorage (gone when the tab closes, never in
 * localStorage or the URL), and the collection that "add from any result" adds to.
 */
import { createContext, useCallback, useContext, useMemo, useState } from 'react';

const TOKEN_KEY = 'atlas.curatorToken';

export interface CuratorSession {
  token?: string;
  signIn(token: string): void;
  signOut(): void;
  /** The collection a result's "+" adds to. */
  target?: string;
  setTarget(id: string | undefined): void;
  /** Bumped after every write, so lists of collections know to read again. */
  revision: number;
  changed(): void;
}

function storedToken(): string | undefined {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function useCuratorStore(): CuratorSession {
  const [token, setToken] = useState(storedToken);
  const [target, setTarget] = useState<string>();
  const [revision, setRevision] = useState(0);
  const signIn = useCallback((value: string) => {
    const trimmed = value.trim();
    if (!trimmed) return;
    try {
      sessionStorage.setItem(TOKEN_KEY, trimmed);
    } catch {
      // Without storage the session lasts as long as the page.
    }
    setToken(trimmed);
  }, []);
  const signOut = useCallback(() => {
    try {
      sessionStorage.removeItem(TOKEN_KEY);
    } catch {
      // see signIn
    }
    setToken(undefined);
    setTarget(undefined);
  }, []);
  const changed = useCallback(() => setRevision((value) => value + 1), []);
  return useMemo(
    () => ({ token, signIn, signOut, target, setTarget, revision, changed }),
    [token, signIn, signOut, target, revision, changed],
  );
}

const SIGNED_OUT: CuratorSession = {
  signIn: () => undefined,
  signOut: () => undefined,
  setTarget: () => undefined,
  revision: 0,
  changed: () => undefined,
};

export const CuratorContext = createContext<CuratorSession>(SIGNED_OUT);
export const useCurator = () => useContext(CuratorContext);
