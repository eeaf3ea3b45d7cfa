/** The explorer's URLs, in one place: every operation has its own. */
export const serviceHref = (serviceId: string) => `/apis/${encodeURIComponent(serviceId)}`;

export const operationHref = (serviceId: string, operationId: string) =>
  `/apis/${encodeURIComponent(serviceId)}/${encodeURIComponent(operationId)}`;
