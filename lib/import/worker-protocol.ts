import type {
  ImportedDocMeta,
  ImportedOperationDetail,
  ImportedOperationEntry,
  ImportProblem,
} from '@/lib/openapi/types';

/** Messages between the page and the import worker (lib/import/import.worker.ts). */

export type WorkerRequest =
  | { type: 'warm' }
  /** The page is idle: load the code the first import would otherwise load (a validator, Scalar). */
  | { type: 'preload' }
  | { type: 'import'; requestId: number; source: Blob | string; fileName?: string }
  /** The page has painted this import's operation list: storing may take the core (list-shown-gate.ts). */
  | { type: 'list-shown'; requestId: number }
  | { type: 'operation'; requestId: number; docId: string; operationId: string };

/** What the list needs as soon as the document is checked, before it is stored. */
export interface ListedDocument {
  id: string;
  title: string;
  version: string;
  sourceVersion: string;
  format: 'json' | 'yaml';
  sizeBytes: number;
  operations: ImportedOperationEntry[];
  /** Milliseconds inside the worker: reading, parsing, validating, indexing. */
  timings: Record<string, number>;
}

export type WorkerResponse =
  | { type: 'warmed'; requestId: 0 }
  | { type: 'listed'; requestId: number; listed: ListedDocument }
  | { type: 'stored'; requestId: number; meta: ImportedDocMeta; timings: Record<string, number> }
  | { type: 'refused'; requestId: number; problems: ImportProblem[] }
  | { type: 'operation'; requestId: number; detail: ImportedOperationDetail }
  | { type: 'failed'; requestId: number; message: string; notFound?: boolean };
