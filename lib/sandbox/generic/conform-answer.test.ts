import { describe, expect, it } from 'vitest';

import { conformanceChecker } from '@/lib/openapi/conformance';

import { conformAnswer } from './conform-answer';

const document = {
  components: {
    schemas: {
      DataStore: { type: 'string', enum: ['Site', 'Logging'], nullable: false },
      Database: {
        type: 'object',
        required: ['Id', 'DataStore', 'Name'],
        properties: {
          Id: { type: 'string', nullable: false },
          DataStore: { $ref: '#/components/schemas/DataStore' },
          Name: { type: 'string', nullable: false },
        },
      },
      Page: {
        type: 'object',
        properties: { Items: { type: 'array', items: { $ref: '#/components/schemas/Database' } } },
      },
    },
  },
};
const page = { $ref: '#/components/schemas/Page' };
const sample = () => ({ Items: [{ Id: 'sampled', DataStore: 'Site', Name: 'Name 01' }] });

describe('conformAnswer', () => {
  const checker = conformanceChecker(document);

  it('returns a valid answer as it is', () => {
    const body = { Items: [{ Id: 'a', DataStore: 'Logging', Name: 'Kept' }] };
    expect(conformAnswer(body, page, checker, sample)).toBe(body);
  });

  it('repairs only the offending field, keeping the id and the rest of the item', () => {
    const body = { Items: [{ Id: 'a', DataStore: 'Monitor', Name: 'Kept', Invented: true }] };
    expect(conformAnswer(body, page, checker, sample)).toEqual({
      Items: [{ Id: 'a', DataStore: 'Site', Name: 'Kept' }],
    });
    // The caller's record is not changed.
    expect(body.Items[0]!.DataStore).toBe('Monitor');
  });

  it('fills a missing required field from the sample', () => {
    expect(conformAnswer({ Items: [{ Id: 'b', DataStore: 'Site' }] }, page, checker, sample)).toEqual({
      Items: [{ Id: 'b', DataStore: 'Site', Name: 'Name 01' }],
    });
  });

  it('answers the sample when the body is not even the right kind of value', () => {
    expect(conformAnswer('text', page, checker, sample)).toEqual(sample());
  });
});
