import { describe, expect, it } from 'vitest';

import { jobIdOf } from './job-id';

describe('the job id of a call', () => {
  it("is read from a 202's Location", () => {
    expect(jobIdOf([['Location', 'https://api-us.cloud.com/cvad/manage/Jobs/7c2e-11?x=1']], '')).toBe(
      '7c2e-11',
    );
  });

  it("is read from a body's JobId", () => {
    expect(jobIdOf([], '{"JobId":"a1b2c3"}')).toBe('a1b2c3');
  });

  it('is the job a call read itself', () => {
    expect(jobIdOf([], '{"Id":"x"}', '/cvad/manage/Jobs/abc-123/Results')).toBe('abc-123');
  });

  it('is nothing for a call without a job, or for an id that is not a plain id', () => {
    expect(
      jobIdOf([['Location', '/cvad/manage/MachineCatalogs/1']], '{"Items":[]}', '/MachineCatalogs'),
    ).toBeUndefined();
    expect(jobIdOf([['Location', '/Jobs/%3Cscript%3E']], undefined)).toBeUndefined();
    expect(jobIdOf([], '{"JobId":{"nested":1}}')).toBeUndefined();
  });
});
