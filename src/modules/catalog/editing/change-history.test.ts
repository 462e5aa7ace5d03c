import { describe, expect, it } from 'vitest';
import { fieldChanges } from './change-history.ts';

describe('field changes', () => {
  it('splits texts by language and facts by name, compares lists as sets, leaves equal fields out', () => {
    const before = {
      name: { fi: 'Perhekahvila', sv: 'Familjecafé' },
      status: 'active',
      languages: ['fi', 'sv'],
      accessibility: { stepFreeAccess: true, parking: null },
      statusNote: null,
    };
    const after = {
      name: { fi: 'Perhekahvila', en: 'Family café' },
      status: 'temporarilyClosed',
      languages: ['sv', 'fi'],
      accessibility: { stepFreeAccess: true, parking: false },
      statusNote: { fi: 'Remontti' },
    };
    expect(fieldChanges(before, after)).toEqual([
      { field: 'name.sv', oldValue: 'Familjecafé', newValue: null },
      { field: 'name.en', oldValue: null, newValue: 'Family café' },
      { field: 'status', oldValue: 'active', newValue: 'temporarilyClosed' },
      { field: 'parking', oldValue: null, newValue: false },
      { field: 'statusNote.fi', oldValue: null, newValue: 'Remontti' },
    ]);
    expect(fieldChanges(after, after)).toEqual([]);
  });
});
