/** Link-preview images: Open Graph's recommended size, as PNG. Apart from the drawing, so pages can name it cheaply. */
export const PREVIEW_SIZE = { width: 1200, height: 630 };
export const PREVIEW_TYPE = 'image/png';
