// The floor for pages: prerendered at build time, no client code of its own.
export default function StaticPage() {
  return (
    <>
      <h1>Benchmark probe</h1>
      <p>A static page of a bare Next.js app, the floor for Parley&apos;s pages.</p>
    </>
  );
}
