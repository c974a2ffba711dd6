/** RSS and peak RSS of a process and all its descendants, read from /proc (Linux), in MB. */
import { readdirSync, readFileSync } from 'node:fs';

function statusOf(pid: number): { ppid: number; rssKb: number; peakKb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { ppid: field('PPid'), rssKb: field('VmRSS'), peakKb: field('VmHWM') };
  } catch {
    return undefined; // gone meanwhile
  }
}

export function processTreeRss(root: number): { rssMb: number; peakRssMb: number } {
  const all = new Map<number, NonNullable<ReturnType<typeof statusOf>>>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const status = statusOf(Number(entry));
    if (status) all.set(Number(entry), status);
  }
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, status] of all)
      if (!tree.has(pid) && tree.has(status.ppid)) {
        tree.add(pid);
        grew = true;
      }
  }
  let rssKb = 0;
  let peakKb = 0;
  for (const pid of tree) {
    rssKb += all.get(pid)?.rssKb ?? 0;
    peakKb += all.get(pid)?.peakKb ?? 0;
  }
  return { rssMb: rssKb / 1024, peakRssMb: peakKb / 1024 };
}
