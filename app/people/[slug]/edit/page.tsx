import type { Metadata } from 'next';
import { RecordEditorPage } from '@/components/forms/record-editor-page';

export const metadata: Metadata = { title: 'Edit person' };

export default async function EditPersonPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <RecordEditorPage kind="person" recordKey={slug} path={`/people/${slug}/edit`} />;
}
