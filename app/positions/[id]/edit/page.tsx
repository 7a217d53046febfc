import type { Metadata } from 'next';
import { RecordEditorPage } from '@/components/forms/record-editor-page';

export const metadata: Metadata = { title: 'Edit position' };

export default async function EditPositionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <RecordEditorPage kind="position" recordKey={id} path={`/positions/${id}/edit`} />;
}
