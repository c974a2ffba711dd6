/** In curator mode, the "+" beside a result: adds the dataset to the collection chosen in the curator bar. */
import { useState } from 'react';
import type { Language } from '../../../catalog-schema/types';
import { t } from '../i18n';
import { appendToCollection } from './curator-client';
import { useCurator } from './use-curator';

export function AddToCollection({ id, title, language }: { id: string; title: string; language: Language }) {
  const curator = useCurator();
  const [state, setState] = useState<{ for: string; text: string }>();
  if (!curator.token || !curator.target) return null;
  const target = curator.target;
  const add = () =>
    appendToCollection(curator.token!, target, id).then(
      () => {
        setState({ for: target, text: t(language, 'added') });
        curator.changed();
      },
      (error: Error) => setState({ for: target, text: t(language, 'error', { message: error.message }) }),
    );
  return (
    <span className="add-to-collection">
      <button
        type="button"
        aria-label={`${t(language, 'addToCollection')}: ${title}`}
        title={t(language, 'addToCollection')}
        onClick={() => void add()}
      >
        +
      </button>
      {state?.for === target && <span role="status">{state.text}</span>}
    </span>
  );
}
