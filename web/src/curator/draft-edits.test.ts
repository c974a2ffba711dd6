import { bodyOf, draftOf } from './curator-client';
import { addItem, emptyDraft, moveItem, removeItem, setNote, slugOf } from './draft-edits';

const draft = {
  ...emptyDraft(),
  id: 'bus',
  title: { en: 'Buses', 'zh-Hant': ' ', 'zh-Hans': '公交' },
  items: [
    { datasetId: 'a:1', note: 'first' },
    { datasetId: 'b:2', note: '' },
    { datasetId: 'c:3', note: 'third' },
  ],
};

describe("a curator's collection edits", () => {
  it('reorder one step at a time and never past either end', () => {
    expect(moveItem(draft, 2, -1).items.map((item) => item.datasetId)).toEqual(['a:1', 'c:3', 'b:2']);
    expect(moveItem(draft, 0, -1)).toBe(draft);
    expect(moveItem(draft, 2, 1)).toBe(draft);
  });

  it('annotate, remove and add without duplicates', () => {
    expect(setNote(draft, 1, 'a note').items[1]).toEqual({ datasetId: 'b:2', note: 'a note' });
    expect(removeItem(draft, 0).items.map((item) => item.datasetId)).toEqual(['b:2', 'c:3']);
    expect(addItem(draft, 'a:1')).toBe(draft);
    expect(addItem(draft, 'd:4').items.at(-1)).toEqual({ datasetId: 'd:4', note: '' });
  });

  it('send positions in list order and leave out blank titles and notes', () => {
    expect(bodyOf(moveItem(draft, 1, 1))).toEqual({
      title: { en: 'Buses', 'zh-Hans': '公交' },
      description: '',
      items: [
        { datasetId: 'a:1', note: 'first', position: 1 },
        { datasetId: 'c:3', note: 'third', position: 2 },
        { datasetId: 'b:2', position: 3 },
      ],
    });
  });

  it("read a collection back in its positions' order", () => {
    const collection = {
      id: 'x',
      title: { en: 'X' },
      description: 'd',
      items: [
        { datasetId: 'b:2', note: '', position: 2 },
        { datasetId: 'a:1', note: 'n', position: 1 },
      ],
      version: 3,
      createdBy: 'c',
      createdAt: '',
      updatedAt: '',
    };
    expect(draftOf(collection).items).toEqual([
      { datasetId: 'a:1', note: 'n' },
      { datasetId: 'b:2', note: '' },
    ]);
  });

  it('make an id the API accepts from a title', () => {
    expect(slugOf('  Bus & Metro: 2026! ')).toBe('bus-metro-2026');
    expect(slugOf('公交')).toBe('');
  });
});
