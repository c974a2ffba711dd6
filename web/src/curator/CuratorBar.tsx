/**
 * Curator mode's controls: sign in with a token, then start a collection, choose the one results are added
 * to, and sign out.
 */
import { useId, useState } from 'react';
import type { Language } from '../../../catalog-schema/types';
import type { Collection } from '../api';
import { pick, t } from '../i18n';
import { useCurator } from './use-curator';

interface Props {
  language: Language;
  collections: Collection[];
  onNewCollection(): void;
}

export function CuratorBar({ language, collections, onNewCollection }: Props) {
  const curator = useCurator();
  const [open, setOpen] = useState(false);
  const [token, setToken] = useState('');
  const tokenId = useId();
  const targetId = useId();

  if (!curator.token)
    return open ? (
      <form
        className="curator-bar"
        onSubmit={(event) => {
          event.preventDefault();
          curator.signIn(token);
          setToken('');
          setOpen(false);
        }}
      >
        <label htmlFor={tokenId}>{t(language, 'curatorToken')}</label>
        <input
          id={tokenId}
          type="password"
          autoComplete="off"
          value={token}
          onChange={(event) => setToken(event.target.value)}
          required
        />
        <button type="submit">{t(language, 'signIn')}</button>
        <button type="button" onClick={() => setOpen(false)}>
          {t(language, 'cancel')}
        </button>
      </form>
    ) : (
      <button type="button" className="team-link" onClick={() => setOpen(true)}>
        {t(language, 'curatorSignIn')}
      </button>
    );

  return (
    <div className="curator-bar" role="group" aria-label={t(language, 'curatorMode')}>
      <strong>{t(language, 'curatorMode')}</strong>
      <button type="button" onClick={onNewCollection}>
        {t(language, 'newCollection')}
      </button>
      {collections.length > 0 && (
        <>
          <label htmlFor={targetId}>{t(language, 'addingTo')}</label>
          <select
            id={targetId}
            value={curator.target ?? ''}
            onChange={(event) => curator.setTarget(event.target.value || undefined)}
          >
            <option value="">—</option>
            {collections.map((collection) => (
              <option key={collection.id} value={collection.id}>
                {pick(collection.title, language)}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="button" onClick={curator.signOut}>
        {t(language, 'signOut')}
      </button>
    </div>
  );
}
