// A streamed zip (fflate's Zip) puts each part's checksum and sizes after its data, in a data
// descriptor (general-purpose flag bit 3), because it writes the local header before it has compressed
// anything. LibreOffice and ExcelJS read that, but readers that walk the local headers in order (as
// SharpZipLib's ZipInputStream, used by NPOI in .NET systems, does) stop at it. Once the archive is
// complete its central directory knows every checksum and size, so the archive is rewritten here the
// way a non-streaming writer lays it out: sizes in each local header, no data descriptors. The
// compressed data is copied as it is, so the parts' contents cannot change.

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const FLAG_DATA_DESCRIPTOR = 0x0008;
/** A 32-bit field at this value means ZIP64: not written by us (parts are far below 4 GB), left as it is. */
const ZIP64_MARK = 0xffffffff;

/** `zip` with each part's checksum and sizes in its local header and no data descriptors. */
export function withSizesInHeaders(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEnd(view);
  const count = view.getUint16(end + 10, true);
  const centralSize = view.getUint32(end + 12, true);
  const centralAt = view.getUint32(end + 16, true);
  if (centralAt === ZIP64_MARK || centralSize === ZIP64_MARK) return zip;

  interface Entry { central: number; centralLength: number; local: number; localHead: number; compressed: number }
  const entries: Entry[] = [];
  let at = centralAt;
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== SIG_CENTRAL) throw new Error("Zip-arkivets indholdsfortegnelse er ødelagt.");
    const compressed = view.getUint32(at + 20, true);
    const local = view.getUint32(at + 42, true);
    if (compressed === ZIP64_MARK || local === ZIP64_MARK) return zip;
    if (view.getUint32(local, true) !== SIG_LOCAL) throw new Error("Zip-arkivets del peger forkert.");
    const centralLength = 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const localHead = 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({ central: at, centralLength, local, localHead, compressed });
    at += centralLength;
  }

  const size = entries.reduce((n, e) => n + e.localHead + e.compressed, 0) + centralSize + (zip.length - end);
  const out = new Uint8Array(size);
  const put = new DataView(out.buffer);
  let to = 0;
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(to);
    out.set(zip.subarray(e.local, e.local + e.localHead + e.compressed), to);
    put.setUint16(to + 6, view.getUint16(e.local + 6, true) & ~FLAG_DATA_DESCRIPTOR, true);
    // Checksum, compressed and uncompressed size: the central directory's (offsets 16–27 there, 14–25 here).
    out.set(zip.subarray(e.central + 16, e.central + 28), to + 14);
    to += e.localHead + e.compressed;
  }
  const newCentralAt = to;
  entries.forEach((e, i) => {
    out.set(zip.subarray(e.central, e.central + e.centralLength), to);
    put.setUint16(to + 8, view.getUint16(e.central + 8, true) & ~FLAG_DATA_DESCRIPTOR, true);
    put.setUint32(to + 42, offsets[i], true);
    to += e.centralLength;
  });
  out.set(zip.subarray(end), to);
  put.setUint32(to + 16, newCentralAt, true);
  return out;
}

/** The end-of-central-directory record: the last one, searched from the end (a comment may follow it). */
function findEnd(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === SIG_END) return at;
  }
  throw new Error("Filen er ikke et zip-arkiv.");
}
