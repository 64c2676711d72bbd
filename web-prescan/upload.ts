/**
 * POST /files with XMLHttpRequest, because fetch still reports no upload progress for a body
 * (streaming request bodies need HTTP/2 and are not progress events either).
 */
export type UploadResult = { status: number; body: any };

/** Sends the file as multipart field `file`; `onProgress` gets the fraction sent (0..1). */
export function uploadFile(file: File, token: string, onProgress: (fraction: number) => void): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/files');
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.response });
    xhr.onerror = () => reject(new Error('The upload failed: the connection to the server broke.'));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
