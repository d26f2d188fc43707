// Generates assets/icon-{16,32,64,80,128}.png: a white "S" on a teal rounded square.
// Run once after changing the design: `npx tsx src/cli/make-icons.ts`; the PNGs are committed.
// Drawn from geometry (not a font) and encoded with node:zlib so it needs no image package.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

/** Icon sizes in pixels referenced by manifest.xml (16/32/80 ribbon, 32/64 add-in icons) plus 128 for the store. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

/** Background colour (teal), RGB. */
export const TEAL: readonly [number, number, number] = [0x00, 0x80, 0x80];
const WHITE: readonly [number, number, number] = [0xff, 0xff, 0xff];

// Geometry in unit coordinates (0..1, y down). The S is two stacked elliptic arcs stroked with a
// constant width; corners of the background are rounded like Office's own ribbon icons.
const CORNER = 0.1875;
const STROKE_HALF = 0.075;
const RX = 0.19;
const RY = 0.16;
const UPPER = { cx: 0.5, cy: 0.5 - RY };
const LOWER = { cx: 0.5, cy: 0.5 + RY };
const SUPERSAMPLE = 4;

function arc(c: { cx: number; cy: number }, fromDeg: number, toDeg: number, steps: number): Array<[number, number]> {
  const pts: Array<[number, number]> = [];
  for (let i = 0; i <= steps; i++) {
    const a = ((fromDeg + ((toDeg - fromDeg) * i) / steps) * Math.PI) / 180;
    pts.push([c.cx + RX * Math.cos(a), c.cy + RY * Math.sin(a)]);
  }
  return pts;
}

// Upper bowl: from upper right over the top and down the left side to the middle; lower bowl: from
// the middle round the right side to lower left (angles with y pointing down).
const S_PATH: Array<[number, number]> = [...arc(UPPER, -30, -270, 48), ...arc(LOWER, -90, 150, 48).slice(1)];

interface Segment {
  ax: number;
  ay: number;
  dx: number;
  dy: number;
  len2: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

const SEGMENTS: Segment[] = S_PATH.slice(1).map(([bx, by], i) => {
  const [ax, ay] = S_PATH[i];
  return {
    ax, ay, dx: bx - ax, dy: by - ay, len2: (bx - ax) ** 2 + (by - ay) ** 2,
    minX: Math.min(ax, bx) - STROKE_HALF, maxX: Math.max(ax, bx) + STROKE_HALF,
    minY: Math.min(ay, by) - STROKE_HALF, maxY: Math.max(ay, by) + STROKE_HALF,
  };
});

function nearSegment(x: number, y: number, s: Segment): boolean {
  const t = s.len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - s.ax) * s.dx + (y - s.ay) * s.dy) / s.len2));
  const ex = x - (s.ax + t * s.dx);
  const ey = y - (s.ay + t * s.dy);
  return ex * ex + ey * ey <= STROKE_HALF * STROKE_HALF;
}

// Only segments whose stroke can reach the pixel are tested per sample; that keeps the 128 px icon
// fast enough to re-render in tests.
function segmentsNear(x0: number, y0: number, x1: number, y1: number): Segment[] {
  return SEGMENTS.filter((s) => s.maxX >= x0 && s.minX <= x1 && s.maxY >= y0 && s.minY <= y1);
}

function insideBackground(x: number, y: number): boolean {
  const dx = Math.max(CORNER - x, 0, x - (1 - CORNER));
  const dy = Math.max(CORNER - y, 0, y - (1 - CORNER));
  return dx * dx + dy * dy <= CORNER * CORNER;
}

/** RGBA pixels (straight alpha, row-major) of the icon at the given size, anti-aliased by supersampling. */
export function renderIconPixels(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const near = segmentsNear(px / size, py / size, (px + 1) / size, (py + 1) / size);
      let covered = 0;
      let white = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideBackground(x, y)) continue;
          covered++;
          if (near.some((seg) => nearSegment(x, y, seg))) white++;
        }
      }
      const o = (py * size + px) * 4;
      if (covered === 0) continue; // fully transparent (zeros)
      // Average the colour over the covered samples only, so edge pixels keep the true teal/white
      // and transparency comes from alpha alone (straight alpha, as PNG expects).
      for (let c = 0; c < 3; c++) out[o + c] = Math.round((TEAL[c] * (covered - white) + WHITE[c] * white) / covered);
      out[o + 3] = Math.round((255 * covered) / n);
    }
  }
  return out;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as used by PNG chunks. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes straight-alpha RGBA pixels as an 8-bit RGBA PNG (filter type 0 on every row). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new RangeError(`expected ${width * height * 4} bytes, got ${rgba.length}`);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // bytes 10–12: compression, filter, interlace = 0
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 4)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (1 + width * 4) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

/** PNG bytes of the icon at the given size. */
export function renderIcon(size: number): Buffer {
  return encodePng(size, size, renderIconPixels(size));
}

if (require.main === module) {
  const dir = join(__dirname, "..", "assets");
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, renderIcon(size));
    console.log(`Skrev ${file}`);
  }
}
