/**
 * Draws the add-in's icons (a small Gantt chart on a rounded tile) as PNG files in assets/.
 * Run with `npx tsx scripts/make-icons.ts`; the PNGs are committed, so the build needs no drawing tool.
 * Written with node's zlib alone, so it works offline and adds no dependency.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

/** Sizes the manifest asks for: 16/32/80 for ribbon buttons, 32/64 for the add-in's own icon. */
export const ICON_SIZES = [16, 32, 64, 80] as const;

type Rgba = [number, number, number, number];

const TILE: Rgba = [11, 85, 99, 255];
const BAR: Rgba = [255, 255, 255, 255];
const CRITICAL: Rgba = [255, 196, 61, 255];

/** Gantt bars in units of the icon's width: [left, top, right, bottom]. */
const BARS: Array<{ box: [number, number, number, number]; colour: Rgba }> = [
  { box: [0.18, 0.22, 0.58, 0.36], colour: BAR },
  { box: [0.38, 0.43, 0.82, 0.57], colour: CRITICAL },
  { box: [0.28, 0.64, 0.7, 0.78], colour: BAR },
];

function insideRoundedSquare(x: number, y: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function colourAt(x: number, y: number): Rgba {
  if (!insideRoundedSquare(x, y, 0.18)) return [0, 0, 0, 0];
  for (const { box, colour } of BARS) {
    if (x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3]) return colour;
  }
  return TILE;
}

/** RGBA pixels, each averaged over 4×4 samples so small sizes stay smooth. */
export function drawIcon(size: number): Buffer {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          // Premultiply so transparent samples do not darken the edge.
          sum[0] += c[0] * c[3];
          sum[1] += c[1] * c[3];
          sum[2] += c[2] * c[3];
          sum[3] += c[3];
        }
      }
      const at = (py * size + px) * 4;
      const alpha = sum[3] / (samples * samples);
      pixels[at] = sum[3] ? Math.round(sum[0] / sum[3]) : 0;
      pixels[at + 1] = sum[3] ? Math.round(sum[1] / sum[3]) : 0;
      pixels[at + 2] = sum[3] ? Math.round(sum[2] / sum[3]) : 0;
      pixels[at + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no interlace) of square RGBA pixels. */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const folder = join(__dirname, '..', 'assets');
  mkdirSync(folder, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(folder, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, drawIcon(size)));
    console.log(`wrote ${file}`);
  }
}
