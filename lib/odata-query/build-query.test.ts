import { describe, expect, it } from 'vitest';

import { buildODataQuery, type BuildResult } from './build-query';
import type { QueryModelInput } from './query-model';

const NOW = new Date('2025-02-11T12:34:56.789Z');
const build = (model: QueryModelInput) => buildODataQuery(model, NOW);
const ok = (result: BuildResult) => {
  if (!result.ok) throw new Error(`expected a query, got ${JSON.stringify(result.problems)}`);
  return result.query;
};
const problems = (result: BuildResult) => (result.ok ? [] : result.problems);
const option = (result: BuildResult, name: string) => ok(result).query.find(([key]) => key === name)?.[1];

describe('buildODataQuery', () => {
  it('builds path and options in a stable order', () => {
    const query = ok(
      build({
        entitySet: 'Sessions',
        select: ['StartDate', 'LogOnDuration'],
        filters: [{ field: 'LogOnDuration', operator: 'gt', value: '30000' }],
        expand: ['User'],
        orderBy: { field: 'LogOnDuration', direction: 'desc' },
        top: '25',
        count: true,
      }),
    );
    expect(query.path).toBe('/Sessions');
    expect(query.query).toEqual([
      ['$filter', 'LogOnDuration gt 30000'],
      ['$select', 'StartDate,LogOnDuration'],
      ['$expand', 'User'],
      ['$orderby', 'LogOnDuration desc'],
      ['$top', '25'],
      ['$count', 'true'],
    ]);
    expect(query.columns.map((column) => column.name)).toEqual(['StartDate', 'LogOnDuration']);
  });

  it('quotes strings, doubling an inner quote', () => {
    const result = build({
      entitySet: 'Users',
      filters: [
        { field: 'FullName', operator: 'eq', value: "Obi O'Kafor" },
        { field: 'UserName', operator: 'contains', value: "o'" },
        { field: 'Upn', operator: 'startswith', value: 'j' },
      ],
      count: false,
    });
    expect(option(result, '$filter')).toBe(
      "FullName eq 'Obi O''Kafor' and contains(UserName,'o''') and startswith(Upn,'j')",
    );
    expect(option(result, '$count')).toBeUndefined();
  });

  it('writes dates as DateTimeOffset literals, typed ones read as UTC', () => {
    const result = build({
      entitySet: 'Sessions',
      filters: [
        { field: 'StartDate', operator: 'ge', value: '2025-02-10T08:30' },
        { field: 'EndDate', operator: 'lt', value: '2025-02-11T01:00:00+02:00' },
      ],
    });
    expect(option(result, '$filter')).toBe(
      'StartDate ge 2025-02-10T08:30:00Z and EndDate lt 2025-02-10T23:00:00Z',
    );
  });

  it('turns the date presets into a window ending now', () => {
    const day = build({
      entitySet: 'Sessions',
      filters: [{ field: 'StartDate', operator: 'within', value: '24h' }],
    });
    expect(option(day, '$filter')).toBe('StartDate ge 2025-02-10T12:34:56Z');
    const week = build({
      entitySet: 'ConnectionFailureLogs',
      filters: [{ field: 'FailureDate', operator: 'within', value: '7d' }],
    });
    expect(option(week, '$filter')).toBe('FailureDate ge 2025-02-04T12:34:56Z');
    expect(
      problems(
        build({ entitySet: 'Sessions', filters: [{ field: 'StartDate', operator: 'within', value: '3y' }] }),
      ),
    ).toEqual([{ where: 'filters.0', message: 'Pick how far back: 24 hours or 7 days.' }]);
  });

  it('sends enum labels as their integers', () => {
    const result = build({
      entitySet: 'Sessions',
      filters: [
        { field: 'ConnectionState', operator: 'eq', value: 'Active' },
        { field: 'SessionType', operator: 'ne', value: 'Application' },
      ],
    });
    expect(option(result, '$filter')).toBe('ConnectionState eq 5 and SessionType ne 1');
    const failures = build({
      entitySet: 'ConnectionFailureLogs',
      filters: [{ field: 'ConnectionFailureEnumValue', operator: 'eq', value: 'RegistrationTimeout' }],
    });
    expect(option(failures, '$filter')).toBe('ConnectionFailureEnumValue eq 3');
  });

  it('refuses a label the enumeration lacks, and an integer in place of a label', () => {
    for (const value of ['Happy', '5', 'constructor']) {
      const [problem] = problems(
        build({ entitySet: 'Sessions', filters: [{ field: 'ConnectionState', operator: 'eq', value }] }),
      );
      expect(problem?.where).toBe('filters.0');
      expect(problem?.message).toMatch(
        new RegExp(`^“${value}” is not a ConnectionState; pick one of Unknown, Connected,`),
      );
    }
  });

  it('refuses letters in a number field, a bad ID, a bad boolean, a bad date and an empty value', () => {
    const result = build({
      entitySet: 'Sessions',
      filters: [
        { field: 'LogOnDuration', operator: 'gt', value: '30s' },
        { field: 'MachineId', operator: 'eq', value: 'W11-POOL-001' },
        { field: 'IsAnonymous', operator: 'eq', value: 'yes' },
        { field: 'StartDate', operator: 'ge', value: 'yesterday' },
        { field: 'ExitCode', operator: 'eq', value: '  ' },
        { field: 'UserId', operator: 'eq', value: '99999999999' },
      ],
    });
    expect(problems(result)).toEqual([
      { where: 'filters.0', message: 'LogOnDuration takes a whole number; “30s” is not one.' },
      {
        where: 'filters.1',
        message:
          'MachineId takes an ID like 36b48993-5971-450b-a10b-ce3fe59121d5; “W11-POOL-001” is not one.',
      },
      { where: 'filters.2', message: 'IsAnonymous is true or false.' },
      {
        where: 'filters.3',
        message: 'StartDate takes a date and time like 2025-02-11T07:45 (UTC); “yesterday” is not one.',
      },
      { where: 'filters.4', message: 'Enter a value for ExitCode.' },
      { where: 'filters.5', message: 'UserId takes a whole number; “99999999999” is not one.' },
    ]);
  });

  it('refuses unknown fields, relations, sets and operators with a message naming them', () => {
    expect(problems(build({ entitySet: 'Sessions', select: ['Nope', 'StartDate'] }))).toEqual([
      { where: 'select', message: 'Sessions has no field “Nope”.' },
    ]);
    expect(
      problems(
        build({ entitySet: 'Sessions', filters: [{ field: '__proto__', operator: 'eq', value: '1' }] }),
      ),
    ).toEqual([{ where: 'filters.0', message: 'Sessions has no field “__proto__”.' }]);
    expect(problems(build({ entitySet: 'Machines', expand: ['User'] }))).toEqual([
      { where: 'expand', message: 'Machines has nothing to expand; “User” is not a relation of it.' },
    ]);
    expect(problems(build({ entitySet: 'Sessions', expand: ['Catalog'] }))).toEqual([
      {
        where: 'expand',
        message: 'Sessions cannot expand “Catalog”; it can expand User, Machine, ApplicationInstances.',
      },
    ]);
    expect(problems(build({ entitySet: 'Sessions', orderBy: { field: 'Name', direction: 'asc' } }))).toEqual([
      { where: 'orderBy', message: 'Sessions has no field “Name” to sort by.' },
    ]);
    expect(problems(build({ entitySet: 'Desktops' }))[0]?.message).toBe(
      '“Desktops” is not an entity set of the Monitor service (Sessions, Machines, Users, ConnectionFailureLogs, LoadIndexes).',
    );
    expect(
      problems(
        build({
          entitySet: 'Sessions',
          filters: [{ field: 'LogOnDuration', operator: 'contains', value: '1' }],
        }),
      ),
    ).toEqual([{ where: 'filters.0', message: 'LogOnDuration cannot be compared with “contains”.' }]);
    expect(
      problems(build({ entitySet: 'Sessions', groupBy: { field: 'User/Nope', bucket: 'day' } })),
    ).toEqual([{ where: 'groupBy', message: 'Sessions has no field “User/Nope” to count by.' }]);
  });

  it('refuses a model of the wrong shape without zod’s words', () => {
    expect(
      problems(buildODataQuery({ entitySet: 'Sessions', filters: [{ field: 'A', operator: 'like' }] }, NOW)),
    ).toEqual([{ where: 'query', message: 'The query is not in the shape the builder expects.' }]);
  });

  it('adds a typed $filter expression as it is, in parentheses after the rows', () => {
    const result = build({
      entitySet: 'Sessions',
      filters: [{ field: 'SessionType', operator: 'eq', value: 'Desktop' }],
      rawFilter: ' ExitCode eq 0 or ExitCode eq null ',
    });
    expect(option(result, '$filter')).toBe('SessionType eq 0 and (ExitCode eq 0 or ExitCode eq null)');
    expect(option(build({ entitySet: 'Sessions', rawFilter: 'Foo eq 1' }), '$filter')).toBe('Foo eq 1');
  });

  it('checks $top', () => {
    for (const top of ['0', '1001', '-1', '1e3', 'ten'])
      expect(problems(build({ entitySet: 'Machines', top }))).toEqual([
        { where: 'top', message: `Top takes a whole number from 1 to 1000; “${top}” is not one.` },
      ]);
    expect(option(build({ entitySet: 'Machines', top: ' 007 ' }), '$top')).toBe('7');
    expect(option(build({ entitySet: 'Machines', top: '' }), '$top')).toBeUndefined();
  });

  it('fetches the field it counts by, expanding a relation when the path goes through one', () => {
    const byTime = ok(
      build({
        entitySet: 'Sessions',
        select: ['LogOnDuration'],
        groupBy: { field: 'StartDate', bucket: 'hour' },
      }),
    );
    expect(byTime.query).toContainEqual(['$select', 'LogOnDuration,StartDate']);
    expect(byTime.groupBy).toMatchObject({ path: 'StartDate', bucket: 'hour', field: { type: 'date' } });
    const byUser = ok(
      build({
        entitySet: 'Sessions',
        select: ['UserId'],
        groupBy: { field: 'User/UserName', bucket: 'day' },
      }),
    );
    expect(byUser.query).toContainEqual(['$expand', 'User']);
    expect(byUser.query).toContainEqual(['$select', 'UserId']);
  });

  it('selects every field when none is picked', () => {
    const query = ok(build({ entitySet: 'Users' }));
    expect(query.query.some(([name]) => name === '$select')).toBe(false);
    expect(query.columns.map((column) => column.name)).toContain('UserName');
  });
});
