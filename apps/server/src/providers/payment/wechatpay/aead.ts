import { createDecipheriv } from 'node:crypto';

/** GCM's authentication tag, which WeChat appends to the ciphertext. */
const TAG_BYTES = 16;

/**
 * AEAD_AES_256_GCM as WeChat encrypts notice resources (pay.weixin.qq.com v3 证书和回调报文解密):
 * the key is the 32-byte APIv3 key, `nonce` and `associated_data` are strings used as their bytes,
 * and the base64 ciphertext ends with the 16-byte tag. Throws when the tag does not match.
 */
export function decryptAeadAes256Gcm(input: {
  key: Buffer;
  nonce: Buffer;
  associatedData: Buffer;
  ciphertext: Buffer;
}): Buffer {
  if (input.key.length !== 32) throw new Error('AEAD_AES_256_GCM needs a 32-byte key');
  if (input.ciphertext.length < TAG_BYTES) throw new Error('ciphertext shorter than its tag');
  const body = input.ciphertext.subarray(0, input.ciphertext.length - TAG_BYTES);
  const tag = input.ciphertext.subarray(input.ciphertext.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', input.key, input.nonce, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  decipher.setAAD(input.associatedData);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}

/** Decrypts a notice's `resource` with the APIv3 key, returning the plaintext JSON text. */
export function decryptNoticeResource(
  apiV3Key: string,
  resource: { nonce: string; associated_data?: string | undefined; ciphertext: string },
): string {
  return decryptAeadAes256Gcm({
    key: Buffer.from(apiV3Key, 'utf8'),
    nonce: Buffer.from(resource.nonce, 'utf8'),
    associatedData: Buffer.from(resource.associated_data ?? '', 'utf8'),
    ciphertext: Buffer.from(resource.ciphertext, 'base64'),
  }).toString('utf8');
}
