import type { Metadata } from 'next';
import { ApiReference, type OpenApiDocument } from '@/components/api-docs/api-reference';
import { ExportLinks } from '@/components/exports/export-links';
import { openApiDocument } from '@/lib/openapi/document';

export const metadata: Metadata = { title: 'API reference' };

export default function ApiDocsPage() {
  return (
    <ApiReference document={openApiDocument() as OpenApiDocument}>
      <ExportLinks query="" />
    </ApiReference>
  );
}
