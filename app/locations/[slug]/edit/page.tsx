import type { Metadata } from 'next';
import { RecordEditorPage } from '@/components/forms/record-editor-page';

export const metadata: Metadata = { title: 'Edit location' };

export default async function EditLocationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <RecordEditorPage kind="location" recordKey={slug} path={`/locations/${slug}/edit`} />;
}
