import { ApiError } from '../api';
import { previewFailure } from './preview-failure';

describe('a failed preview in plain words', () => {
  it('explains the code and keeps the technical message only as a detail', () => {
    const failure = previewFailure(new ApiError(502, 'upstream_error', 'www.chsc.hk: ENOTFOUND'), 'en');
    expect(failure.sentence).toBe(
      'The server that holds this file could not be reached, or it answered with an error.',
    );
    expect(failure.sentence).not.toContain('ENOTFOUND');
    expect(failure.detail).toBe('www.chsc.hk: ENOTFOUND');
    expect(previewFailure(new ApiError(422, 'too_large', 'over 10 MB'), 'zh-Hans').sentence).toBe(
      '此文件太大，无法在此预览。',
    );
  });

  it('has a sentence for any other failure', () => {
    expect(previewFailure(new TypeError('Failed to fetch'), 'zh-Hant').sentence).toBe('未能製作預覽。');
    expect(previewFailure(new ApiError(418, 'teapot', ''), 'en')).toEqual({
      sentence: 'The preview could not be made.',
    });
  });
});
