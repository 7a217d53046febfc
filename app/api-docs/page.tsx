import type { Metadata } from 'next';
import { ApiReference, type OpenApiDocument } from '@/components/api-docs/api-reference';
import { openApiDocument } from '@/lib/openapi/document';

export const metadata: Metadata = { title: 'API reference' };

export default function ApiDocsPage() {
  return <ApiReference document={openApiDocument() as OpenApiDocument} />;
}
