/** What a team can do with any dataset wherever it is listed: shortlist it, and (curators) add it to a collection. */
import type { Language } from '../../../catalog-schema/types';
import { AddToCollection } from '../curator/AddToCollection';
import { ShortlistButton } from '../shortlist/ShortlistButton';

export function DatasetActions(props: { id: string; title: string; language: Language }) {
  return (
    <span className="dataset-actions">
      <ShortlistButton {...props} />
      <AddToCollection {...props} />
    </span>
  );
}
