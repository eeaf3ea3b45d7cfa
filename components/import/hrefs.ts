/** URLs of imported documents: client-rendered pages, the data lives in this browser. */
export const importHref = '/import';
export const importedDocHref = (docId: string) => `/imported/${encodeURIComponent(docId)}`;
export const importedOperationHref = (docId: string, operationId: string) =>
  `/imported/${encodeURIComponent(docId)}/${encodeURIComponent(operationId)}`;
