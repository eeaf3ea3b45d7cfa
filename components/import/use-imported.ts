'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';

import { onImportsChanged } from '@/lib/import/events';
import type { ImportedDocMeta } from '@/lib/openapi/types';
import type { CatalogIndexEntry } from '@/lib/services/catalog-index';

import { toSearchEntries, type SearchEntry } from './search-entries';

const LIST_KEY = ['imported', 'list'] as const;

/** IndexedDB access (idb-keyval) loads when a query first runs: the sidebar is drawn before it. */
const loadStore = () => import('@/lib/import/store');
const listImported = async (): Promise<ImportedDocMeta[]> => (await loadStore()).listImported();
const getImportedOperations = async (docId: string) => (await loadStore()).getImportedOperations(docId);
const getAllImportedOperations = async (ids: readonly string[]) =>
  (await loadStore()).getAllImportedOperations(ids);
/** Same check as lib/import/store.ts storageAvailable (kept here so the sidebar need not load the store). */
const storageAvailable = () => typeof indexedDB !== 'undefined';

/** Refetches every imported-document query when a document is imported or removed (any tab). */
function useInvalidateOnChange() {
  const client = useQueryClient();
  useEffect(
    () => onImportsChanged(() => void client.invalidateQueries({ queryKey: ['imported'] })),
    [client],
  );
}

/** The documents imported into this browser (IndexedDB), most recent first. */
export function useImportedList() {
  useInvalidateOnChange();
  return useQuery({
    queryKey: LIST_KEY,
    queryFn: listImported,
    staleTime: Infinity,
    enabled: storageAvailable(),
  });
}

/** The operation index of one imported document; `null` when there is no such document. */
export function useImportedOperations(docId: string) {
  useInvalidateOnChange();
  return useQuery({
    queryKey: ['imported', 'ops', docId],
    queryFn: async () => (await getImportedOperations(docId)) ?? null,
    staleTime: Infinity,
  });
}

/** Every imported operation, for the search box (precomputed haystacks, no document bodies). */
export function useImportedSearchEntries() {
  const list = useImportedList();
  const ids = (list.data ?? []).map((doc) => doc.id);
  return useQuery({
    queryKey: ['imported', 'search', ids.join(',')],
    queryFn: () => getAllImportedOperations(ids),
    staleTime: Infinity,
    enabled: ids.length > 0,
  });
}

/** The catalog's search index with every imported operation appended (each with its own link). */
export function useSearchIndexWithImported(index: readonly CatalogIndexEntry[]): readonly SearchEntry[] {
  const list = useImportedList();
  const imported = useImportedSearchEntries();
  return useMemo(
    () => (imported.data && list.data ? [...index, ...toSearchEntries(imported.data, list.data)] : index),
    [index, imported.data, list.data],
  );
}
