/**
 * The real Citrix OpenAPI documents in ../shared/specs/citrix-daas-rest-go/<dir>/openapi.yaml, with
 * their titles and operation counts (verified against the files; SOURCES.md lists the same).
 * Shared by the unit and end-to-end import tests.
 */
export const CITRIX_DOCUMENTS = [
  { dir: 'ccadmins', title: 'Administrators APIs', operations: 6 },
  { dir: 'ccresourcelocations', title: 'Resource Locations APIs', operations: 5 },
  { dir: 'ccconnectors', title: 'Connectors APIs', operations: 2 },
  { dir: 'citrixcws', title: 'Citrix.CloudServices.Cws.Api', operations: 18 },
  { dir: 'devicemanagement', title: 'WEM Public API Guide', operations: 21 },
  { dir: 'globalappconfiguration', title: 'Global App Config Admin', operations: 25 },
  { dir: 'citrixquickcreate', title: 'Quick Create Service for DaaS Quick Deploy with AWS WorkSpaces Core - Tech Preview', operations: 36 },
  { dir: 'citrixquickdeploy', title: 'Citrix Virtual App & Desktop Catalog Service 151.0.27088.3309', operations: 54 },
  { dir: 'citrixorchestration-techpreview', title: 'Citrix Virtual Apps and Desktops REST API TECHPREVIEW', operations: 561 },
] as const;
