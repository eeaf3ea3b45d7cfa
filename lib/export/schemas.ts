import { z } from 'zod';

import { isRecord } from '@/lib/json/is-record';
import { regionIdSchema } from '@/lib/schemas/credentials';

/** The largest OpenAPI document `POST /api/export/postman` accepts (the 561-operation DaaS one is ~3.4 MB as YAML). */
export const MAX_EXPORT_DOCUMENT_BYTES = 8 * 1024 * 1024;

/** An OpenAPI 3.x document, already parsed to an object (YAML is parsed in the browser by the importer). */
export const openApiDocumentSchema = z
  .record(z.string(), z.unknown())
  .refine((document) => typeof document.openapi === 'string' && /^3\.\d+(\.\d+)?/.test(document.openapi), {
    message: 'Not an OpenAPI 3.x document: its "openapi" field must be a version such as "3.1.0".',
  })
  .refine((document) => isRecord(document.paths), { message: 'The document has no "paths" object.' });

/** What the browser posts to export an imported API description. */
export const postmanExportRequestSchema = z
  .object({
    document: openApiDocumentSchema,
    /** Which region's hosts the collection calls; the US gateway when left out. */
    region: regionIdSchema.default('us'),
    /** The collection's name; the document's `info.title` when left out. */
    title: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

export type PostmanExportRequest = z.infer<typeof postmanExportRequestSchema>;

/** `?region=` of the GET export routes. */
export const exportRegionSchema = regionIdSchema.default('us');
