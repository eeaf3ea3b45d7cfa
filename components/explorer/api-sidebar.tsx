import { ImportedSidebarSection } from '@/components/import/imported-sidebar-section';
import { CATALOG } from '@/lib/services/catalog';
import { CATALOG_INDEX } from '@/lib/services/catalog-index';

import { ApiSearch } from './api-search';
import { SidebarNav, type SidebarService } from './sidebar-nav';

/**
 * The side navigation (a server component, rendered by the root layout): the search box and the
 * catalog tree. Only the compact operation index travels to the browser, never the documents.
 */
export function ApiSidebar() {
  const services: SidebarService[] = CATALOG.map((service) => ({ id: service.id, title: service.title }));
  return (
    <div className="flex flex-col gap-4 p-4">
      <ApiSearch index={CATALOG_INDEX} />
      <SidebarNav services={services} index={CATALOG_INDEX} />
      <ImportedSidebarSection />
    </div>
  );
}
