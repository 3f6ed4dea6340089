// node scripts/make-icons.mjs: draws the app's icons (the favicon's design: two members and the line between
// them on the brand colour) as PNGs in static/icons, for the web app manifest and the iPad's home screen. Written
// with fflate's zlib (already a dependency) so that no image tool is needed; the PNGs are committed.
import fs from 'node:fs';
import path from 'node:path';
import { zlibSync } from 'fflate';

const BRAND = [0x0f, 0x76, 0x6e];
const WHITE = [0xff, 0xff, 0xff];

// The favicon's curve (static/favicon.svg, a 64-unit box) as absolute cubic Béziers.
const CURVES = [
	[
		[12, 48],
		[14, 40],
		[20, 36],
		[26, 36]
	],
	[
		[26, 36],
		[32, 36],
		[36, 40],
		[38, 44]
	],
	[
		[38, 44],
		[40, 40],
		[44, 36],
		[50, 36]
	],
	[
		[50, 36],
		[53, 36],
		[56, 38],
		[58, 42]
	]
];
const HEADS = [
	[22, 26, 7],
	[42, 26, 7]
];

function bezier([p0, p1, p2, p3], t) {
	const u = 1 - t;
	const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
	return [0, 1].map((i) => w[0] * p0[i] + w[1] * p1[i] + w[2] * p2[i] + w[3] * p3[i]);
}
const POINTS = CURVES.flatMap((curve) => Array.from({ length: 25 }, (_, i) => bezier(curve, i / 24)));

function distanceToSegment([px, py], [ax, ay], [bx, by]) {
	const dx = bx - ax;
	const dy = by - ay;
	const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
	return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Whether a point of the 64-unit design is white (a head or the curve). */
function isFigure(x, y) {
	if (HEADS.some(([cx, cy, r]) => Math.hypot(x - cx, y - cy) <= r)) return true;
	for (let i = 1; i < POINTS.length; i++)
		if (distanceToSegment([x, y], POINTS[i - 1], POINTS[i]) <= 2) return true;
	return false;
}

/**
 * One icon, `size` pixels square. `background`: 'circle' (the favicon: a disc on transparent), or 'full' (the
 * whole square, for maskable and home-screen icons, which the system crops). `scale` shrinks the figure around
 * the centre so that it stays inside a maskable icon's safe zone.
 */
function draw(size, background, scale) {
	const samples = 4;
	const rgba = new Uint8Array(size * size * 4);
	for (let py = 0; py < size; py++) {
		for (let px = 0; px < size; px++) {
			let covered = 0;
			let white = 0;
			for (let sy = 0; sy < samples; sy++) {
				for (let sx = 0; sx < samples; sx++) {
					const x = ((px + (sx + 0.5) / samples) / size) * 64;
					const y = ((py + (sy + 0.5) / samples) / size) * 64;
					const inside = background === 'full' || Math.hypot(x - 32, y - 32) <= 30;
					if (!inside) continue;
					covered++;
					if (isFigure(32 + (x - 32) / scale, 32 + (y - 32) / scale)) white++;
				}
			}
			const n = samples * samples;
			const i = (py * size + px) * 4;
			const mix = covered ? white / covered : 0;
			for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(BRAND[c] * (1 - mix) + WHITE[c] * mix);
			rgba[i + 3] = Math.round((covered / n) * 255);
		}
	}
	return png(size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
function crc32(bytes) {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
	const body = Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(data)]);
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}
function png(size, rgba) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
	const rows = new Uint8Array(size * (size * 4 + 1));
	for (let y = 0; y < size; y++)
		rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', zlibSync(rows, { level: 9 })),
		chunk('IEND', new Uint8Array())
	]);
}

const out = path.resolve(import.meta.dirname, '../static/icons');
fs.mkdirSync(out, { recursive: true });
const icons = {
	'icon-192.png': draw(192, 'circle', 1),
	'icon-512.png': draw(512, 'circle', 1),
	'maskable-192.png': draw(192, 'full', 0.75),
	'maskable-512.png': draw(512, 'full', 0.75),
	'apple-touch-icon.png': draw(180, 'full', 0.85)
};
for (const [name, bytes] of Object.entries(icons)) fs.writeFileSync(path.join(out, name), bytes);
console.log(`wrote ${Object.keys(icons).join(', ')} to ${out}`);
