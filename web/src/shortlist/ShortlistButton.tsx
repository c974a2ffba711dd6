/** The ☆ toggle beside any dataset: adds it to the team's shortlist or takes it off. */
import type { Language } from '../../../catalog-schema/types';
import { t } from '../i18n';
import { useShortlist } from './use-shortlist';

export function ShortlistButton({ id, title, language }: { id: string; title: string; language: Language }) {
  const shortlist = useShortlist();
  const kept = shortlist.has(id);
  const action = t(language, kept ? 'shortlistRemove' : 'shortlistAdd');
  return (
    <button
      type="button"
      className="shortlist-toggle"
      aria-pressed={kept}
      aria-label={`${action}: ${title}`}
      title={action}
      data-testid="shortlist-toggle"
      onClick={() => shortlist.toggle(id)}
    >
      {kept ? '★' : '☆'}
    </button>
  );
}
