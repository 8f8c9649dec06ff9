import { inflateSync } from 'node:zlib';

/** A decoded PNG: size and RGBA pixels, row by row. */
export interface DecodedPng {
  width: number;
  height: number;
  /** 4 bytes a pixel (RGBA), `width * height * 4` bytes. */
  pixels: Uint8Array;
}

/** Width and height from a PNG's header, or throws if the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (!signature.every((byte, i) => png[i] === byte)) throw new Error('not a PNG file: the signature is missing');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Decodes an 8-bit RGBA or RGB PNG (the kinds the chart renderer writes), undoing the row filters. */
export function decodePng(png: Uint8Array): DecodedPng {
  const { width, height } = pngSize(png);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const colorType = png[25];
  const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
  if (png[24] !== 8 || channels === 0)
    throw new Error(`unsupported PNG: bit depth ${png[24]}, colour type ${colorType}`);
  const chunks: Uint8Array[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (type === 'IDAT') chunks.push(png.subarray(offset + 8, offset + 8 + length));
    offset += length + 12;
  }
  const data = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const raw = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    const line = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (raw[y * stride + x - channels] ?? 0) : 0;
      const b = y > 0 ? (raw[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (raw[(y - 1) * stride + x - channels] ?? 0) : 0;
      const value = line[x] ?? 0;
      let out: number;
      if (filter === 0) out = value;
      else if (filter === 1) out = value + a;
      else if (filter === 2) out = value + b;
      else if (filter === 3) out = value + ((a + b) >> 1);
      else {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        out = value + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      raw[y * stride + x] = out & 0xff;
    }
  }
  if (channels === 4) return { width, height, pixels: raw };
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    pixels.set(raw.subarray(i * 3, i * 3 + 3), i * 4);
    pixels[i * 4 + 3] = 255;
  }
  return { width, height, pixels };
}

/** Share of pixels in a rectangle that are dark (text or lines on the white background). */
export function darkShare(image: DecodedPng, box: { x: number; y: number; width: number; height: number }): number {
  let dark = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * image.width + x) * 4;
      const luminance =
        0.2126 * (image.pixels[i] ?? 255) +
        0.7152 * (image.pixels[i + 1] ?? 255) +
        0.0722 * (image.pixels[i + 2] ?? 255);
      if (luminance < 128) dark += 1;
    }
  }
  return dark / (box.width * box.height);
}
