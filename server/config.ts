/** Server settings, from the environment with defaults; tests pass their own. */
export interface ServerConfig {
  /** Requests per minute per IP to /api and the open-standard endpoints; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Hosts (host:port) previews may fetch although they resolve to loopback or private addresses. */
  previewAllowHosts: string[];
  previewCacheDir: string;
  previewCacheTtlSeconds: number;
  previewMaxBytes: number;
  previewTimeoutMs: number;
  /** The built web app served at /, when present. */
  webDistDir?: string;
  /** Public base URL for links in feeds and DCAT (defaults to the request's host). */
  publicBaseUrl?: string;
  logLevel: string;
  /** Set in the workers of a clustered server (server/serve.ts): the rate limit's counts are shared. */
  clustered?: boolean;
  /** Tests only: resolve names without DNS, to check the address guard on any address safely. */
  previewResolver?: import('./preview/safe-fetch').Resolver;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    rateLimitPerMinute: Number(env.ATLAS_RATE_LIMIT_PER_MINUTE ?? 600),
    previewAllowHosts: (env.ATLAS_PREVIEW_ALLOW_HOSTS ?? '')
      .split(',')
      .map((host) => host.trim())
      .filter(Boolean),
    previewCacheDir: env.ATLAS_PREVIEW_CACHE_DIR ?? 'data/preview-cache',
    previewCacheTtlSeconds: Number(env.ATLAS_PREVIEW_CACHE_TTL ?? 3600),
    previewMaxBytes: Number(env.ATLAS_PREVIEW_MAX_BYTES ?? 20 * 1024 * 1024),
    previewTimeoutMs: Number(env.ATLAS_PREVIEW_TIMEOUT_MS ?? 15_000),
    webDistDir: env.ATLAS_WEB_DIST ?? 'web/dist',
    publicBaseUrl: env.ATLAS_PUBLIC_URL,
    logLevel: env.ATLAS_LOG_LEVEL ?? 'info',
  };
}
