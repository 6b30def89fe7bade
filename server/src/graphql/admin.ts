/** Admin operations need `Authorization: Bearer $ADMIN_TOKEN`; without a configured token they are off. */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { AdminVerdict, ApiContext } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function adminVerdict(token: string | undefined, authorization: string | undefined): AdminVerdict {
  if (!token) return 'off';
  const m = /^Bearer\s+(.+)$/i.exec(authorization?.trim() ?? '');
  if (!m) return 'missing';
  return timingSafeEqual(digest(m[1].trim()), digest(token)) ? 'ok' : 'wrong';
}

export function requireAdmin(ctx: ApiContext): void {
  switch (ctx.admin) {
    case 'ok':
      return;
    case 'off':
      throw forbidden('admin operations are off: start the server with ADMIN_TOKEN set');
    case 'missing':
      throw unauthenticated('admin operation: send the header "Authorization: Bearer <ADMIN_TOKEN>"');
    case 'wrong':
      throw unauthenticated('admin operation: the bearer token is not the ADMIN_TOKEN');
  }
}
