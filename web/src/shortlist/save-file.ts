/** Hands a text file to the browser's download (a Blob behind a temporary link). */
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once click() returns; the URL only needs to outlive this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `atlas-shortlist-2026-12-04.csv` */
export const datedName = (stem: string, extension: string, now = new Date()) =>
  `atlas-${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
