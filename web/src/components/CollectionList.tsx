/** The organisers' collections, above the filters; nothing when there are none. */
import type { Language } from '../../../catalog-schema/types';
import type { Collection } from '../api';
import { pick, t } from '../i18n';

interface Props {
  collections: Collection[];
  open?: string;
  language: Language;
  onOpen(id: string): void;
}

export function CollectionList({ collections, open, language, onOpen }: Props) {
  if (!collections.length) return null;
  return (
    <nav className="collections" aria-label={t(language, 'collections')}>
      <h2>{t(language, 'collections')}</h2>
      <ul>
        {collections.map((collection) => (
          <li key={collection.id} aria-current={collection.id === open}>
            <button type="button" onClick={() => onOpen(collection.id)}>
              {pick(collection.title, language)}
              <span className="count">{collection.items.length}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
