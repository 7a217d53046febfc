// Link-preview images (Open Graph, 1200×630) drawn with next/og in Parley's own serif, read from
// app/fonts. next/og fetches a web font for a character its fonts lack and an image for an
// emoji; text is kept to what the font covers, so that drawing a preview never leaves the server.
import 'server-only';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImageResponse } from 'next/og';
import { PREVIEW_SIZE } from './preview-size';

type Font = { name: string; data: Buffer; weight: 400 | 600; style: 'normal' };
let fonts: Promise<Font[]> | null = null;

function loadFonts() {
  const file = (name: string) => readFile(join(process.cwd(), 'app/fonts', name));
  const face = async (weight: 400 | 600) => ({
    name: 'Source Serif 4',
    data: await file(`source-serif-4-latin-${weight}-normal.woff`),
    weight,
    style: 'normal' as const,
  });
  fonts ??= Promise.all([face(400), face(600)]);
  return fonts;
}

/** Latin letters, general punctuation (dashes, curly quotes) and the euro: what the font's Latin subset draws. */
const DRAWABLE = /[^\u0020-\u007e\u00a0-\u024f\u2010-\u205e\u20ac]/gu;

/** Text the font can draw: anything else becomes a middle dot rather than a request for another font. */
export function drawable(text: string): string {
  return text.replace(DRAWABLE, '·');
}

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

const page = {
  display: 'flex',
  flexDirection: 'column',
  width: '100%',
  height: '100%',
  padding: 72,
  background: '#0f172a',
  color: '#f8fafc',
  fontFamily: 'Source Serif 4',
} as const;
const eyebrowStyle = {
  display: 'flex',
  fontSize: 30,
  color: '#93c5fd',
  letterSpacing: 2,
  textTransform: 'uppercase',
} as const;
const titleStyle = { display: 'flex', marginTop: 28, fontSize: 68, fontWeight: 600, lineHeight: 1.1 } as const;
const linesStyle = { display: 'flex', flexDirection: 'column', marginTop: 32, fontSize: 32, color: '#cbd5e1' } as const;

/** A preview card: what kind of page (eyebrow), its title, and up to three short lines. */
export async function previewImage({
  eyebrow,
  title,
  lines = [],
}: {
  eyebrow: string;
  title: string;
  lines?: string[];
}) {
  return new ImageResponse(
    <div style={page}>
      <div style={eyebrowStyle}>{drawable(clip(eyebrow, 60))}</div>
      <div style={titleStyle}>{drawable(clip(title, 110))}</div>
      <div style={linesStyle}>
        {lines.slice(0, 3).map((line) => (
          <div key={line} style={{ display: 'flex', marginTop: 8 }}>
            {drawable(clip(line, 80))}
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', marginTop: 'auto', fontSize: 30, fontWeight: 600 }}>
        Parley · diplomatic talks, event by event
      </div>
    </div>,
    { ...PREVIEW_SIZE, fonts: await loadFonts() },
  );
}
