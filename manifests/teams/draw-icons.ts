/**
 * Draws the Teams app icons and writes them as PNG with nothing but node's zlib: `color.png` (192x192, full
 * colour) and `outline.png` (32x32, white on transparent), as the Teams manifest requires. The picture is the
 * product in one glyph: a circle split between AWS (orange) and you (blue). Run with
 * `npx tsx manifests/teams/draw-icons.ts`; the PNGs are committed, and a test checks sizes and transparency.
 */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

type Rgba = readonly [number, number, number, number];

const BACKGROUND: Rgba = [35, 47, 62, 255];
const AWS_ORANGE: Rgba = [255, 153, 0, 255];
const YOU_BLUE: Rgba = [59, 130, 246, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Samples per pixel side, for smooth edges. */
const SUPERSAMPLE = 4;

/** Renders `size`x`size` pixels from a function of the point (in 0..1 coordinates) to a colour. */
function draw(size: number, paint: (x: number, y: number) => Rgba): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = paint((column + (sx + 0.5) / SUPERSAMPLE) / size, (row + (sy + 0.5) / SUPERSAMPLE) / size);
          const alpha = colour[3] / 255;
          for (let channel = 0; channel < 3; channel++) sum[channel] = (sum[channel] ?? 0) + (colour[channel] ?? 0) * alpha;
          sum[3] = (sum[3] ?? 0) + colour[3];
        }
      }
      const samples = SUPERSAMPLE * SUPERSAMPLE;
      const alpha = (sum[3] ?? 0) / samples;
      const offset = (row * size + column) * 4;
      for (let channel = 0; channel < 3; channel++) {
        // Un-premultiply so edge pixels keep their true colour (white stays white on the outline icon).
        pixels[offset + channel] = alpha === 0 ? 0 : Math.round(((sum[channel] ?? 0) / samples) * (255 / alpha));
      }
      pixels[offset + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

/** Full-colour icon: the split circle on the dark background, with a white rim and a white seam. */
export function drawColorIcon(size = 192): Buffer {
  return draw(size, (x, y) => {
    const distance = Math.hypot(x - 0.5, y - 0.5);
    if (distance > 0.34) return BACKGROUND;
    if (distance > 0.3) return WHITE;
    if (Math.abs(x - 0.5) < 0.015) return WHITE;
    return x < 0.5 ? AWS_ORANGE : YOU_BLUE;
  });
}

/** Outline icon: the same circle as a white ring with a white seam, everything else transparent. */
export function drawOutlineIcon(size = 32): Buffer {
  return draw(size, (x, y) => {
    const distance = Math.hypot(x - 0.5, y - 0.5);
    if (distance <= 0.42 && distance >= 0.33) return WHITE;
    if (distance < 0.33 && Math.abs(x - 0.5) < 0.04) return WHITE;
    return CLEAR;
  });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG (colour type 6), one unfiltered scanline per row. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let row = 0; row < height; row++) {
    rgba.copy(rows, row * (width * 4 + 1) + 1, row * width * 4, (row + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const here = new URL(".", import.meta.url);
  writeFileSync(new URL("color.png", here), encodePng(192, 192, drawColorIcon(192)));
  writeFileSync(new URL("outline.png", here), encodePng(32, 32, drawOutlineIcon(32)));
  process.stdout.write("wrote manifests/teams/color.png and manifests/teams/outline.png\n");
}
