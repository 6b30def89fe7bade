/**
 * The admin token for the Cypher console: kept only in sessionStorage (gone
 * when the tab closes), shared reactively by every component.
 */
import { readonly, ref } from 'vue';

const KEY = 'basketgraph.adminToken';

function read(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

const token = ref(read());

export function useAdminToken() {
  return {
    token: readonly(token),
    setToken(value: string) {
      token.value = value.trim();
      try {
        if (token.value) sessionStorage.setItem(KEY, token.value);
        else sessionStorage.removeItem(KEY);
      } catch {
        /* storage unavailable: keep it in memory for this page */
      }
    },
    clearToken() {
      token.value = '';
      try {
        sessionStorage.removeItem(KEY);
      } catch {
        /* ignore */
      }
    },
  };
}

/** For tests: re-read the storage. */
export function reloadAdminToken(): void {
  token.value = read();
}
