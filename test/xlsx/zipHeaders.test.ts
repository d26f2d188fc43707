// The written .xlsx read the way a streaming zip reader reads it (SharpZipLib's ZipInputStream in
// NPOI, for one): local header after local header from the first byte, each header's sizes telling
// where the next begins, each part inflated by Node's zlib and its CRC-32 checked against the header.
import { inflateRawSync } from "node:zlib";
import { Zip, ZipDeflate, strToU8, unzipSync, strFromU8 } from "fflate";
import { writeXlsxBytes } from "../../src/xlsx";
import { withSizesInHeaders } from "../../src/xlsx/zipHeaders";
import type { SheetSpec } from "../../src/sheets/spec";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** The parts as a sequential reader finds them; throws where such a reader would stop. */
function readSequentially(zip: Uint8Array): Map<string, string> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const parts = new Map<string, string>();
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const flags = view.getUint16(at + 6, true);
    if (flags & 0x0008) throw new Error(`data descriptor at ${at}`);
    const crc = view.getUint32(at + 14, true);
    const compressed = view.getUint32(at + 18, true);
    const size = view.getUint32(at + 22, true);
    const nameLength = view.getUint16(at + 26, true);
    const name = strFromU8(zip.subarray(at + 30, at + 30 + nameLength));
    const dataAt = at + 30 + nameLength + view.getUint16(at + 28, true);
    const data = new Uint8Array(inflateRawSync(zip.subarray(dataAt, dataAt + compressed)));
    if (data.length !== size || crc32(data) !== crc) throw new Error(`${name}: size or CRC-32 wrong`);
    parts.set(name, strFromU8(data));
    at = dataAt + compressed;
  }
  if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`no central directory where the parts end (${at})`);
  return parts;
}

const spec: SheetSpec = {
  name: "Data", kind: "test", formats: [],
  blocks: [{ kind: "cells", row: 0, col: 0, cells: Array.from({ length: 3000 }, (_, r) => [`Række ${r + 1}`, r * 1.5, { f: `B${r + 1}*2` }]) }],
};

describe("the written .xlsx has its sizes in the local headers", () => {
  it("reads part by part from the first byte, each part's size and CRC-32 as its header says", async () => {
    const bytes = await writeXlsxBytes([spec], { generatedOn: 46000 });
    const parts = readSequentially(bytes);
    expect([...parts.keys()]).toEqual(Object.keys(unzipSync(bytes)));
    expect(parts.get("xl/worksheets/sheet1.xml")).toContain("<f>B3000*2</f>");
    expect(parts.get("xl/worksheets/sheet1.xml")).toBe(strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]));
  });

  it("takes a streamed zip with data descriptors to the same parts, and leaves a plain one as it is", () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, data) => {
      if (err) throw err;
      chunks.push(data);
    });
    for (const [name, text] of [["a.xml", "<a>første</a>".repeat(500)], ["b/c.xml", "<c/>"]]) {
      const file = new ZipDeflate(name, { level: 6 });
      zip.add(file);
      file.push(strToU8(text.slice(0, 100)));
      file.push(strToU8(text.slice(100)), true);
    }
    zip.end();
    const streamed = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (streamed.set(c, at), at + c.length), 0);
    expect(() => readSequentially(streamed)).toThrow(/data descriptor/);
    const fixed = withSizesInHeaders(streamed);
    expect(Object.fromEntries(readSequentially(fixed))).toEqual({ "a.xml": "<a>første</a>".repeat(500), "b/c.xml": "<c/>" });
    expect(Object.keys(unzipSync(fixed))).toEqual(["a.xml", "b/c.xml"]);
    expect(withSizesInHeaders(fixed)).toEqual(fixed);
  });
});
