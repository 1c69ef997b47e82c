// Writes public/favicon.ico and public/apple-touch-icon.png from app/icon.svg, for the clients that ask for those
// fixed addresses instead of reading the page's icon link. Run again after changing the icon; commit the result.
import fs from "node:fs";
import sharp from "sharp";

const svg = fs.readFileSync("app/icon.svg");
const png = (size) => sharp(svg, { density: 72 * (size / 32) }).resize(size, size).png().toBuffer();

// An ICO file may hold PNG images: a 6-byte header, a 16-byte entry per image, then the images.
const sizes = [16, 32, 48];
const images = await Promise.all(sizes.map(png));
const header = Buffer.alloc(6 + 16 * sizes.length);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(sizes.length, 4);
let offset = header.length;
sizes.forEach((size, i) => {
  const entry = 6 + 16 * i;
  header.writeUInt8(size, entry);
  header.writeUInt8(size, entry + 1);
  header.writeUInt16LE(1, entry + 4);
  header.writeUInt16LE(32, entry + 6);
  header.writeUInt32LE(images[i].length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += images[i].length;
});
fs.mkdirSync("public", { recursive: true });
fs.writeFileSync("public/favicon.ico", Buffer.concat([header, ...images]));
// iOS fills the corners itself: a square icon on the brand colour.
fs.writeFileSync("public/apple-touch-icon.png", await sharp(svg, { density: 72 * (180 / 32) }).resize(180, 180).flatten({ background: "#0b3a5d" }).png().toBuffer());
