/** A Content-Disposition for a download whose name may be Chinese (RFC 6266 / 5987), with an ASCII fallback. */
export function attachment(fileName: string, asciiFallback: string) {
	const safe = fileName.replace(/[\\/:*?"<>|\r\n]+/g, '_');
	return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(safe)}`;
}
