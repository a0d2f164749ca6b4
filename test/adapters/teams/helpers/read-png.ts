/**
 * A small PNG reader for the icon tests: size, colour type, and the RGBA pixels of an 8-bit truecolour-with-alpha
 * image (all five scanline filters), so a test can check transparency whatever tool last saved the icon.
 */
import { inflateSync } from "node:zlib";

export interface Png {
  readonly width: number;
  readonly height: number;
  readonly colourType: number;
  readonly bitDepth: number;
  /** RGBA, 4 bytes a pixel; only for 8-bit RGBA images (colour type 6). */
  readonly pixels?: Buffer;
}

export function readPng(file: Buffer): Png {
  if (!file.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    throw new Error("not a PNG");
  let offset = 8;
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString("ascii", offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") header = body;
    if (type === "IDAT") data.push(body);
    offset += 12 + length;
  }
  if (!header) throw new Error("no IHDR");
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const bitDepth = header[8] ?? 0;
  const colourType = header[9] ?? 0;
  if (bitDepth !== 8 || colourType !== 6) return { width, height, bitDepth, colourType };
  return {
    width,
    height,
    bitDepth,
    colourType,
    pixels: unfilter(inflateSync(Buffer.concat(data)), width, height),
  };
}

function unfilter(raw: Buffer, width: number, height: number): Buffer {
  const stride = width * 4;
  const out = Buffer.alloc(stride * height);
  for (let row = 0; row < height; row++) {
    const filter = raw[row * (stride + 1)] ?? 0;
    for (let index = 0; index < stride; index++) {
      const value = raw[row * (stride + 1) + 1 + index] ?? 0;
      const left = index >= 4 ? (out[row * stride + index - 4] ?? 0) : 0;
      const up = row > 0 ? (out[(row - 1) * stride + index] ?? 0) : 0;
      const upLeft = row > 0 && index >= 4 ? (out[(row - 1) * stride + index - 4] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter] ?? 0;
      out[row * stride + index] = (value + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
  return a <= b && a <= c ? left : b <= c ? up : upLeft;
}
