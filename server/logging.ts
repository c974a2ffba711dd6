/**
 * The server's logger, which cannot outgrow its destination. pino writes through sonic-boom, which by
 * default buffers in memory whatever stdout has not yet taken: under a flood (one client hammering the
 * rate limit, every 429 logged) and a slow reader of stdout that buffer grew by gigabytes. Here the buffer
 * is capped (sonic-boom's maxLength): a line that would pass the cap is dropped and counted, and the count
 * is reported in a log line of its own once the destination has room again, so a gap in the log is
 * always said, with its size.
 */
import pino, { type Logger } from 'pino';

/** Bytes of log text held for a slow destination before lines are dropped. */
export const MAX_BUFFERED_LOG_BYTES = 4 * 1024 * 1024;
export const DROP_REPORT_INTERVAL_MS = 5_000;

export interface LogOptions {
  level: string;
  /** Where lines go: a file descriptor (default stdout) or a file path. */
  destination?: number | string;
  maxBufferedBytes?: number;
  reportEveryMs?: number;
}

export interface BoundedLogger {
  logger: Logger;
  /** Lines dropped so far because the destination was behind. */
  droppedLines: () => number;
}

export function boundedLogger({
  level,
  destination = 1,
  maxBufferedBytes = MAX_BUFFERED_LOG_BYTES,
  reportEveryMs = DROP_REPORT_INTERVAL_MS,
}: LogOptions): BoundedLogger {
  if (level === 'silent') return { logger: pino({ level, enabled: false }), droppedLines: () => 0 };
  const stream = pino.destination({ dest: destination, sync: false, maxLength: maxBufferedBytes });
  let dropped = 0;
  let reported = 0;
  stream.on('drop', () => dropped++);
  const logger = pino({ level }, stream);
  // The report goes through the same capped buffer: when it is dropped too, it counts itself and the
  // next tick reports again, so the total always reaches the log once the destination catches up.
  setInterval(() => {
    if (dropped === reported) return;
    const since = dropped - reported;
    reported = dropped;
    logger.warn(
      { logLinesDropped: since, logLinesDroppedTotal: dropped },
      `${since} log lines dropped: the log destination was slower than the traffic`,
    );
  }, reportEveryMs).unref();
  return { logger, droppedLines: () => dropped };
}
