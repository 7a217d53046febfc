import { SaidPage, saidMetadata, type SaidPageProps } from '@/app/_said/said-pages';

export const generateMetadata = (props: SaidPageProps) => saidMetadata('person', props);

export default function PersonSaidPage(props: SaidPageProps) {
  return <SaidPage kind="person" {...props} />;
}
