// Saving generated text as a file: a Blob behind an object URL and a temporary link with
// `download` (allowed under our CSP: blob: URLs are same-origin and run no script).
export interface DownloadableText {
  fileName: string;
  mimeType: string;
  text: string;
}

export function downloadText({ fileName, mimeType, text }: DownloadableText): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
