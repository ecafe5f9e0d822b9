/**
 * A JPEG's or PNG's size in pixels, read from its header, so the Word export keeps the photograph's proportions.
 * Falls back to a portrait 3:4 when a JPEG's frame header cannot be found (the image still shows, just scaled).
 */
export function photoSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0x89 && bytes.length >= 24)
    return { width: view.getUint32(16), height: view.getUint32(20) };
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) {
      i += 1;
      continue;
    }
    const marker = bytes[i + 1]!;
    // Start-of-frame markers (baseline, progressive, ...), not DHT (C4), JPG (C8) or DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: view.getUint16(i + 5), width: view.getUint16(i + 7) };
    i += 2 + view.getUint16(i + 2);
  }
  return { width: 300, height: 400 };
}
