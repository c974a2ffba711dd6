/** The counterpart engine: what the rest of the catalogue library and its users import. */
export { computeCounterparts, KEPT_PER_CITY } from './engine';
export { refreshCounterparts, type RefreshResult } from './refresh';
export { CounterpartStore, MAX_RELATED_LIMIT, MAX_TWINS_LIMIT, MAX_TOPIC_CHARS } from './storage';
export type * from './types';
