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
  /**
   * Public base URL for links in feeds, DCAT and CKAN (ATLAS_PUBLIC_URL). When unset and a proxy is
   * trusted, the proxy's forwarded host; else http://localhost:<PORT>. Never the client's Host header.
   */
  publicBaseUrl?: string;
  /** Express's `trust proxy` (ATLAS_TRUST_PROXY: `loopback`, a hop count, addresses); off when unset. */
  trustProxy?: string;
  logLevel: string;
  /** Set in the workers of a clustered server (server/serve.ts): the rate limit's counts are shared. */
  clustered?: boolean;
  /** Tests only: resolve names without DNS, to check the address guard on any address safely. */
  previewResolver?: import('./preview/safe-fetch').Resolver;
}

/** ATLAS_PUBLIC_URL, checked: an absolute http(s) URL; unset with a trusted proxy; else localhost:PORT. */
function publicUrlSetting(env: NodeJS.ProcessEnv): string | undefined {
  const setting = env.ATLAS_PUBLIC_URL?.trim();
  if (!setting) return env.ATLAS_TRUST_PROXY ? undefined : `http://localhost:${env.PORT ?? 8080}`;
  let url: URL | undefined;
  try {
    url = new URL(setting);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash)
    throw new Error(
      `ATLAS_PUBLIC_URL must be an http(s) URL with no query, e.g. https://atlas.example.org; got "${setting}"`,
    );
  return setting.replace(/\/+$/, '');
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
    publicBaseUrl: publicUrlSetting(env),
    trustProxy: env.ATLAS_TRUST_PROXY || undefined,
    logLevel: env.ATLAS_LOG_LEVEL ?? 'info',
  };
}
