/** Reads the date formats the portals use into ISO 8601, keeping each portal's time zone right. */

const pad = (value: number) => String(value).padStart(2, '0');

/** CKAN's metadata_created/modified carry no zone but are UTC: '2021-07-02T03:33:14.581271' → '...14.581Z'. */
export function ckanTimestampToIso(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(\.\d{1,3})?\d*(Z|[+-]\d{2}:?\d{2})?$/.exec(
    value.trim(),
  );
  if (!match) return undefined;
  const [, date, time, fraction = '', zone] = match;
  const iso = `${date}T${time}${fraction}${zone ?? 'Z'}`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** DATA.GOV.HK resource temporal_from/to: 'DD/MM/YYYY' → 'YYYY-MM-DD'. */
export function dayMonthYearToIso(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  return match ? validDate(Number(match[3]), Number(match[2]), Number(match[1])) : undefined;
}

/** Shanghai local time 'YYYY-MM-DD HH:mm:ss' (or a bare date) → ISO 8601 with +08:00. */
export function shanghaiLocalToIso(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(
    value.trim(),
  );
  if (!match) return undefined;
  const date = validDate(Number(match[1]), Number(match[2]), Number(match[3]));
  if (!date) return undefined;
  if (match[4] === undefined) return date;
  return `${date}T${pad(Number(match[4]))}:${match[5]}:${match[6] ?? '00'}+08:00`;
}

/** Epoch milliseconds → the same instant as Shanghai local time with +08:00. */
export function epochMsToShanghaiIso(value: unknown): string | undefined {
  const ms = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0) return undefined;
  const local = new Date(ms + 8 * 3_600_000);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}+08:00`
  );
}

/** An Excel cell date (a JS Date read as if UTC by exceljs) holding Shanghai wall-clock time. */
export function excelLocalDateToShanghaiIso(value: Date): string {
  return (
    `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}` +
    `T${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}+08:00`
  );
}
