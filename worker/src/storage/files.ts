/** R2 keys are `<generation id>.<extension>`: flat, unguessable, and safe to put in a URL path. */
export const FILE_KEY_PATTERN = /^[A-Za-z0-9_-]{1,64}\.[a-z0-9]{1,8}$/;

export function fileKey(id: string, extension: string): string {
  return `${id}.${extension}`;
}

export function fileUrl(requestUrl: string, key: string): string {
  return new URL(`/api/media/files/${key}`, requestUrl).toString();
}

export async function putFile(bucket: R2Bucket, key: string, bytes: Uint8Array, contentType: string): Promise<void> {
  await bucket.put(key, bytes, {
    httpMetadata: { contentType, cacheControl: "public, max-age=31536000, immutable" },
  });
}

export async function fileExists(bucket: R2Bucket, key: string): Promise<boolean> {
  return (await bucket.head(key)) !== null;
}
