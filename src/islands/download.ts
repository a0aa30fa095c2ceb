/**
 * Offers a blob as a download with a file name: the one browser download of the islands (PDFs
 * rendered in the browser or fetched from the API). The object URL is revoked a minute later.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
