import { describe, expect, it } from 'vitest';

import { applicationDetailView } from './application-detail';

describe('applicationDetailView', () => {
  it("adds the detail model's required fields and keeps the list's", () => {
    const detail = applicationDetailView({ Id: 'a1', Name: 'Microsoft Excel', Enabled: true });
    expect(detail).toMatchObject({ Id: 'a1', Name: 'Microsoft Excel', Enabled: true });
    expect(detail.BrowserName).toBe('MicrosoftExcel');
    expect(detail).toMatchObject({ CpuPriorityLevel: 'Normal', HomeZoneMode: 'Ignore', HomeZone: null });
  });

  it('gives a browser name of at least one character (Citrix: minLength 1) for any name', () => {
    expect(applicationDetailView({ Name: '!!!' }).BrowserName).toBe('Application');
  });
});
