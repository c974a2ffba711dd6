/** Types for on-headers (it ships none): run a listener just before a response writes its headers. */
declare module 'on-headers' {
  import type { ServerResponse } from 'node:http';
  function onHeaders<T extends ServerResponse>(response: T, listener: (this: T) => void): void;
  export = onHeaders;
}
