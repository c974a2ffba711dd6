/** The team's pages above the filters: the shortlist (with its count), the twin pairs, and curator mode. */
import type { Language } from '../../../catalog-schema/types';
import type { Collection } from '../api';
import { CuratorBar } from '../curator/CuratorBar';
import { t } from '../i18n';
import type { View } from '../search-state';
import { useShortlist } from '../shortlist/use-shortlist';
import './team.css';

interface Props {
  language: Language;
  view?: View;
  collections: Collection[];
  onView(view: View): void;
  onNewCollection(): void;
}

export function TeamBar({ language, view, collections, onView, onNewCollection }: Props) {
  const shortlist = useShortlist();
  return (
    <nav className="team-bar" aria-label={t(language, 'teamPages')}>
      <button
        type="button"
        className="team-link"
        aria-current={view === 'shortlist' ? 'page' : undefined}
        onClick={() => onView('shortlist')}
      >
        {t(language, 'shortlistCount', { n: shortlist.ids.length })}
      </button>
      <button
        type="button"
        className="team-link"
        aria-current={view === 'twins' ? 'page' : undefined}
        onClick={() => onView('twins')}
      >
        {t(language, 'twins')}
      </button>
      <CuratorBar language={language} collections={collections} onNewCollection={onNewCollection} />
    </nav>
  );
}
