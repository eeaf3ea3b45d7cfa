export interface ServiceStateRecord {
  serviceName: string;
  state: string;
  type: string;
  quantity: number;
  daysToExpiration: number | null;
  futureEntitlementStartDate: string | null;
}

export function seedServiceStates(): ServiceStateRecord[] {
  const row = (
    serviceName: string,
    state: string,
    quantity: number,
    daysToExpiration: number | null,
  ): ServiceStateRecord => ({
    serviceName,
    state,
    type:
      state === 'NotOnboarded' ? 'Default' : state.startsWith('ProductionTrial') ? 'ProductionTrial' : state,
    quantity,
    daysToExpiration,
    futureEntitlementStartDate: null,
  });
  return [
    row('xendesktop', 'Production', 100, 622),
    row('wem', 'Production', 100, 622),
    row('applayering', 'Production', 100, 622),
    row('netscalergateway', 'ProductionTrial', 25, 27),
    row('licensing', 'Production', 1, 622),
    row('browserservice', 'Production', 100, 622),
    row('microapps', 'NotOnboarded', 0, null),
    row('sharefile', 'Expired', 0, 0),
    row('itsm', 'NotOnboarded', 0, null),
  ];
}
