import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, 2 passes), OWASP's recommended minimum.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let decoyHash: Promise<string> | undefined;

// Unknown e-mails are checked against a decoy so that both cases take as long.
export async function verifyPassword(passwordHash: string | null | undefined, password: string) {
  if (!passwordHash) {
    await verify(await (decoyHash ??= hash("decoy password for unknown accounts")), password);
    return false;
  }
  return verify(passwordHash, password);
}
