import { SaidPage, saidMetadata, type SaidPageProps } from '@/app/_said/said-pages';

export const generateMetadata = (props: SaidPageProps) => saidMetadata('party', props);

export default function PartySaidPage(props: SaidPageProps) {
  return <SaidPage kind="party" {...props} />;
}
