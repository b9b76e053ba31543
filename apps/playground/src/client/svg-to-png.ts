/**
 * Draws an SVG into a PNG in the browser, at `scale` times its own size. The SVG goes in as a
 * data: URL, which the site's content security policy allows for images (a blob: URL it does not).
 */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const size = /<svg\b[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  const width = Math.ceil(Number(size?.[1] ?? 800) * scale);
  const height = Math.ceil(Number(size?.[2] ?? 600) * scale);
  const img = new Image(width, height);
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  img.src = `data:image/svg+xml;base64,${btoa(binary)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser gave no 2D canvas to draw the PNG on');
  ctx.drawImage(img, 0, 0, width, height);
  return new Promise((done, fail) => canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('the browser could not encode the PNG'))), 'image/png'));
}
