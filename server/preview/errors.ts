/** Why a preview could not be made: each code has its HTTP status and a message for people. */
export type PreviewErrorCode =
  | 'address_refused'
  | 'scheme_refused'
  | 'too_large'
  | 'timeout'
  | 'upstream_error'
  | 'unsupported_format'
  | 'unreadable'
  | 'no_previewable_resource';

const STATUS: Record<PreviewErrorCode, number> = {
  address_refused: 403,
  scheme_refused: 403,
  too_large: 422,
  timeout: 504,
  upstream_error: 502,
  unsupported_format: 422,
  unreadable: 422,
  no_previewable_resource: 422,
};

export class PreviewError extends Error {
  readonly status: number;
  constructor(
    readonly code: PreviewErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PreviewError';
    this.status = STATUS[code];
  }
}
